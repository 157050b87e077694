#ifndef ENERGYGRAPH_CLIBPQ_SHIM_H
#define ENERGYGRAPH_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
