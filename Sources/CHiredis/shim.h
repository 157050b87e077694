#ifndef ENERGYGRAPH_CHIREDIS_SHIM_H
#define ENERGYGRAPH_CHIREDIS_SHIM_H
#include <sys/time.h>
#include <hiredis/hiredis.h>
#endif
