#!/bin/sh
# Rocket.Chat's entrypoint on the swarm (mounted by the RocketChat construct, rocketchat.ts).
# Rocket.Chat takes its Mongo URL, the OAuth client secret, the S3 secret key and the first
# admin's password only from its environment: read them from the docker secrets whose paths the
# service spec gives (the *_FILE variables), export them, then run the command it was given.
set -eu

# The password goes into a URL: generated secrets are letters and digits only, nothing to escape.
mongo_password="$(cat "${PLATFORM_MONGO_PASSWORD_FILE:?}")"
MONGO_URL="mongodb://${PLATFORM_MONGO_USER:?}:${mongo_password}@${PLATFORM_MONGO_HOSTS:?}/${PLATFORM_MONGO_DATABASE:?}?${PLATFORM_MONGO_OPTIONS:?}"
export MONGO_URL
oauth_secret="$(cat "${PLATFORM_OAUTH_CLIENT_SECRET_FILE:?}")"
export "${PLATFORM_OAUTH_SECRET_VARIABLE:?}=${oauth_secret}"
OVERWRITE_SETTING_FileUpload_S3_AWSSecretAccessKey="$(cat "${PLATFORM_S3_SECRET_KEY_FILE:?}")"
export OVERWRITE_SETTING_FileUpload_S3_AWSSecretAccessKey
ADMIN_PASS="$(cat "${PLATFORM_ADMIN_PASSWORD_FILE:?}")"
export ADMIN_PASS
unset mongo_password oauth_secret

exec "$@"
