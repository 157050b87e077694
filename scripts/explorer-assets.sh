#!/usr/bin/env bash
# Installs GraphiQL's built files for the offline explorer: the PyPI package
# graphene-django-graphiql-static into the project's virtual environment .venv (git-ignored).
# The server finds them there when EXPLORER_ASSETS_DIR is unset; without them it links a CDN.
# Prints the asset folder. Never fails the caller: a machine without PyPI keeps the CDN fallback.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

folder_of() {
  ls -d .venv/lib/python*/site-packages/graphene_django_graphiql_static/static/graphene_django_graphiql_static 2>/dev/null | head -n 1
}

found="$(folder_of)"
if [ -z "$found" ]; then
  if [ ! -x .venv/bin/pip ]; then
    python3 -m venv .venv >&2 || { echo "[explorer-assets] python3 -m venv failed; the explorer will use a CDN" >&2; exit 0; }
  fi
  .venv/bin/pip install --quiet --disable-pip-version-check --no-deps "graphene-django-graphiql-static==0.8" >&2 \
    || { echo "[explorer-assets] pip install failed; the explorer will use a CDN" >&2; exit 0; }
  found="$(folder_of)"
fi
echo "$PWD/$found"
