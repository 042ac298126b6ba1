// Runs once, when the compose stack's MongoDB starts on an empty volume (docs/adr/0027): each service gets a user of
// its own that may read and write its own database only (dbAdmin for the compact an erasure asks for).
const services = {
  "svc-intake": "wegwijs-intake",
  "svc-referral": "wegwijs-referral",
  "svc-monitoring": "wegwijs-monitoring",
  "svc-notification": "wegwijs-notification",
};
for (const [user, database] of Object.entries(services)) {
  const variable = "MONGO_" + user.replace("svc-", "").toUpperCase() + "_PASSWORD";
  const password = process.env[variable];
  if (!password) {
    throw new Error("Set " + variable);
  }
  db.getSiblingDB("admin").createUser({
    user: user,
    pwd: password,
    roles: [
      { role: "readWrite", db: database },
      { role: "dbAdmin", db: database },
    ],
  });
}
