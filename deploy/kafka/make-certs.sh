#!/bin/sh
# Makes the compose stack's development certificates once (docs/adr/0027): a CA, and a key and certificate for the
# broker's listeners (names kafka and localhost), signed by that CA. Its clients trust ca.pem (docs/adr/0028).
# Not for production: there, the broker's certificate comes from the organisation's own CA.
# In KAFKA_CERTS_DIR (default /certs, the compose stack's), for example a test's folder.
set -eu
dir="${KAFKA_CERTS_DIR:-/certs}"
pass="${KAFKA_TLS_PASSWORD:?set KAFKA_TLS_PASSWORD}"
if [ -f "$dir/kafka.p12" ]; then
  echo "Certificates exist in $dir"
  exit 0
fi
cd "$dir"
keytool -genkeypair -alias ca -dname "CN=Wegwijs development CA" -ext bc:c -keyalg RSA -keysize 3072 \
  -validity 825 -storetype PKCS12 -keystore ca.p12 -storepass "$pass"
keytool -exportcert -rfc -alias ca -keystore ca.p12 -storepass "$pass" > ca.pem
keytool -genkeypair -alias kafka -dname "CN=kafka" -keyalg RSA -keysize 3072 -validity 825 \
  -storetype PKCS12 -keystore kafka.p12 -storepass "$pass"
keytool -certreq -alias kafka -keystore kafka.p12 -storepass "$pass" \
  | keytool -gencert -alias ca -keystore ca.p12 -storepass "$pass" -ext "SAN=dns:kafka,dns:localhost" \
      -validity 825 -rfc > kafka.pem
keytool -importcert -noprompt -alias ca -file ca.pem -keystore kafka.p12 -storepass "$pass"
keytool -importcert -alias kafka -file kafka.pem -keystore kafka.p12 -storepass "$pass"
rm ca.p12
chmod 644 ca.pem kafka.p12
echo "Made ca.pem and kafka.p12 in $dir"
