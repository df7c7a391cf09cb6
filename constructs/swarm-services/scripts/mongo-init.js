// MongoDB replica-set init job (the MongoReplicaSet construct, mongodb.ts), run as
// `mongosh --nodb --quiet --norc mongo-init.js`. It initiates the set if it is not yet, adds
// members the set lacks, waits for a primary, then creates each application user or resets its
// password to the current secret. Every step checks first, so the job can run after every deploy.
//
// Settings come from the environment (plain, non-secret): MONGO_INIT_CONFIG is JSON
//   { replicaSet, members: ["host:port", ...], rootUser, rootPasswordFile,
//     users: [{ name, db, passwordFile, roles: [{ role, db }] }] }
// Passwords are read from the files it names (docker secrets).
//
// Under Node (the tests) nothing runs: the decision functions are exported instead.

/** The replica-set config the set should have: member 0 (the seed) preferred as primary. */
function wantedConfig(replicaSet, members) {
  return { _id: replicaSet, members: members.map((host, id) => ({ _id: id, host, priority: id === 0 ? 2 : 1 })) };
}

/**
 * Brings the set to `wanted` through `rs`: { initiated(), initiate(config), config(), reconfig(config) }.
 * Initiates a set that is not initiated; on an initiated set adds the missing members, one per
 * reconfig (MongoDB adds at most one voting member at a time), and never removes one.
 * Returns what it did, for the log.
 */
function ensureReplicaSet(rs, wanted) {
  if (!rs.initiated()) {
    rs.initiate(wanted);
    return ["initiated replica set " + wanted._id + " with " + wanted.members.map((m) => m.host).join(", ")];
  }
  const done = [];
  for (const member of wanted.members) {
    const current = rs.config();
    if (current.members.some((m) => m.host === member.host)) continue;
    const nextId = Math.max(-1, ...current.members.map((m) => m._id)) + 1;
    rs.reconfig({ ...current, version: current.version + 1, members: [...current.members, { ...member, _id: nextId }] });
    done.push("added member " + member.host);
  }
  return done.length > 0 ? done : ["replica set " + wanted._id + " is already initiated with every member"];
}

/** Creates each user or resets its password and roles, through `users`: { get(db, name), create(db, user), update(db, name, fields) }. */
function ensureUsers(users, wanted, readPassword) {
  return wanted.map((user) => {
    const pwd = readPassword(user.passwordFile);
    if (users.get(user.db, user.name)) {
      users.update(user.db, user.name, { pwd, roles: user.roles });
      return "updated user " + user.name + " on " + user.db;
    }
    users.create(user.db, { user: user.name, pwd, roles: user.roles });
    return "created user " + user.name + " on " + user.db;
  });
}

/** A connection string without its credentials, for the log. */
function redact(uri) {
  return uri.replace(/\/\/[^@]*@/, "//");
}

function main() {
  const fs = require("fs");
  const config = JSON.parse(process.env.MONGO_INIT_CONFIG);
  const readPassword = (file) => fs.readFileSync(file, "utf8").trim();
  const credentials = encodeURIComponent(config.rootUser) + ":" + encodeURIComponent(readPassword(config.rootPasswordFile));

  function connect(uri) {
    for (let attempt = 1; ; attempt++) {
      try {
        const connection = new Mongo(uri);
        connection.getDB("admin").runCommand({ ping: 1 });
        return connection;
      } catch (error) {
        if (attempt >= 60) throw error;
        print("waiting for " + redact(uri) + ": " + error.message);
        sleep(5000);
      }
    }
  }
  function replicaSetOf(connection) {
    const admin = connection.getDB("admin");
    return {
      initiated() {
        try {
          admin.runCommand({ replSetGetStatus: 1 });
          return true;
        } catch (error) {
          if (error.codeName !== "NotYetInitialized" && error.code !== 94) throw error;
          return false;
        }
      },
      initiate: (wanted) => admin.runCommand({ replSetInitiate: wanted }),
      config: () => admin.runCommand({ replSetGetConfig: 1 }).config,
      reconfig: (next) => admin.runCommand({ replSetReconfig: next }),
    };
  }

  const wanted = wantedConfig(config.replicaSet, config.members);
  const seed = connect("mongodb://" + credentials + "@" + config.members[0] + "/admin?directConnection=true&authSource=admin");
  const seedSet = replicaSetOf(seed);
  const initiatedBefore = seedSet.initiated();
  if (!initiatedBefore) ensureReplicaSet(seedSet, wanted).forEach((line) => print(line));

  const set = connect("mongodb://" + credentials + "@" + config.members.join(",") + "/admin?replicaSet=" + config.replicaSet + "&authSource=admin");
  for (let attempt = 1; !set.getDB("admin").runCommand({ hello: 1 }).isWritablePrimary; attempt++) {
    if (attempt >= 60) throw new Error("no primary after five minutes");
    sleep(5000);
  }
  // Members are added through the primary.
  if (initiatedBefore) ensureReplicaSet(replicaSetOf(set), wanted).forEach((line) => print(line));

  const users = {
    get: (db, name) => set.getDB(db).getUser(name),
    create: (db, user) => set.getDB(db).createUser(user),
    update: (db, name, fields) => set.getDB(db).updateUser(name, fields),
  };
  ensureUsers(users, config.users, readPassword).forEach((line) => print(line));
}

if (typeof Mongo === "function") {
  main();
} else if (typeof module === "object") {
  module.exports = { wantedConfig, ensureReplicaSet, ensureUsers, redact };
}
