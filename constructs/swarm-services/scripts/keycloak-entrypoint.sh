#!/bin/bash
# Keycloak's entrypoint on the swarm (mounted by the Keycloak construct, keycloak.ts).
# Keycloak reads the database password, the bootstrap admin password and the realm import's
# client-secret placeholders only from its environment; this moves them from the docker secrets
# into the environment of this process and then runs the command it was given (kc.sh ...).
# The service spec never holds a value: only the paths, in the *_FILE variables below.
set -euo pipefail

# read_secret VAR FILE_VAR: sets and exports VAR to the content of the file named by FILE_VAR.
read_secret() {
  local name="$1" file_var="$2" value
  local file="${!file_var:?${file_var} is not set}"
  value="$(< "${file}")"
  export "${name}=${value}"
}

read_secret KC_DB_PASSWORD PLATFORM_KC_DB_PASSWORD_FILE
read_secret KC_BOOTSTRAP_ADMIN_PASSWORD PLATFORM_KC_BOOTSTRAP_ADMIN_PASSWORD_FILE
# The realm file's ${...} placeholders: their names come from the service spec too.
read_secret "${PLATFORM_ROCKETCHAT_SECRET_VARIABLE:?}" PLATFORM_ROCKETCHAT_CLIENT_SECRET_FILE
read_secret "${PLATFORM_FORWARD_AUTH_SECRET_VARIABLE:?}" PLATFORM_FORWARD_AUTH_CLIENT_SECRET_FILE

exec "$@"
