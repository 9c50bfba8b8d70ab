// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess rotate key|status|finish|cancel: a key's rotation for automation (KeyRotation; README "Key
// rotation"). key creates the new key with the old one's roles, projects and entries and checks it (run
// again, it resumes a rotation left open); status lists the rotations the caches hold; finish deletes the old
// key, cancel the new one.
#include "CliCommands.h"
#include "CliConnection.h"
#include "CliShared.h"

#include "CacheAccess.h"
#include "KeyRotation.h"
#include "OrgStore.h"
#include "Repository.h"
#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// Runs the event loop until done is called (or the bound passes).
bool waitFor(const std::function<void(std::function<void()>)> &start, int timeoutMs = 15 * 60'000)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
    bound.start(timeoutMs);
    if (!finished)
        loop.exec();
    return finished;
}

// The key the command names: its ID, or its public key, in the organization as cached.
const KeyRecord *findKey(const OrgStatePtr &state, const QString &named)
{
    if (!state)
        return nullptr;
    for (const KeyRecord &k : state->snapshot.keys) {
        if (k.key.id == named || k.key.publicKey == named)
            return &k;
    }
    return nullptr;
}

// A file for the new private key, created 0600 and empty; refused when it exists (nothing is overwritten).
int openKeyFile(const QString &path, QString *problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        *problem = errno == EEXIST
            ? QCoreApplication::translate(
                  "cli", "rotate key: %1 exists; give the name of a new file (nothing is overwritten).")
                  .arg(shortened(path))
            : QCoreApplication::translate("cli", "rotate key: cannot create %1: %2")
                  .arg(shortened(path), QString::fromLocal8Bit(strerror(errno)));
    return fd;
}

QJsonObject statusJson(const QString &profile, const Rotation &r, const KeyRecord *old)
{
    const QDateTime lastUse = old ? old->lastUsed() : QDateTime();
    QJsonValue usedSince;
    if (r.newKeyCreatedAt.isValid() && old)
        usedSince = lastUse.isValid() && lastUse > r.newKeyCreatedAt;
    return {{"profile"_L1, profile},
            {"orgId"_L1, r.orgId},
            {"oldKeyId"_L1, r.oldKeyId},
            {"oldPublicKey"_L1, r.oldPublicKey},
            {"oldDescription"_L1, r.oldDescription},
            {"newKeyId"_L1, r.newKeyId.isEmpty() ? QJsonValue() : QJsonValue(r.newKeyId)},
            {"newPublicKey"_L1, r.newPublicKey.isEmpty() ? QJsonValue() : QJsonValue(r.newPublicKey)},
            {"newDescription"_L1, r.plan.description},
            {"step"_L1, Rotation::stepName(r.step)},
            {"startedAt"_L1, isoDate(r.startedAt)},
            {"updatedAt"_L1, isoDate(r.updatedAt)},
            {"problem"_L1, r.problem.isEmpty() ? QJsonValue() : QJsonValue(r.problem)},
            {"oldKeyLastUsed"_L1, lastUse.isValid() ? QJsonValue(isoDate(lastUse)) : QJsonValue()},
            {"oldKeyUsedSinceNewKey"_L1, usedSince}};
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption profile(
        u"profile"_s, QCoreApplication::translate("cli", "Only this connection's cache."), u"NAME"_s);
    QStringList args = arguments;
    args.removeAt(2); // "status"
    if (auto code = parseListing(parser, args, u"rotate status"_s,
                                 QCoreApplication::translate(
                                     "cli",
                                     "The key rotations in progress, from the caches (nothing is sent): each "
                                     "one's step, its new key, and when the old key was last used."),
                                 {profile, json}))
        return *code;
    const QStringList caches
        = parser.isSet(profile) ? QStringList{cacheNameOf(parser.value(profile))} : cacheNames();
    QJsonArray list;
    for (const QString &cache : caches) {
        const QString path = profilesRoot() + u'/' + cache + u"/cache.sqlite"_s;
        if (!QFileInfo::exists(path))
            continue;
        CacheDatabase db;
        if (!db.open(path)) {
            err(db.error());
            return CacheProblem;
        }
        SnapshotStore store(db);
        for (const SnapshotStore::CachedOrganization &org : store.organizations()) {
            const Rotations rotations = store.rotations(org.organization.id);
            if (rotations.isEmpty())
                continue;
            const std::optional<OrgSnapshot> latest = store.latest(org.organization.id);
            for (const Rotation &r : rotations) {
                const KeyRecord *old = latest ? latest->findKey(r.oldKeyId) : nullptr;
                list.append(statusJson(profileOfCache(cache), r, old));
            }
        }
    }
    if (parser.isSet(json)) {
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"rotations"_L1, list}}).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    if (list.isEmpty())
        out(QCoreApplication::translate("cli", "No key rotation is in progress."));
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        const QString used = o.value("oldKeyLastUsed"_L1).isNull()
            ? QCoreApplication::translate("cli", "never used (as last synced)")
            : o.value("oldKeyUsedSinceNewKey"_L1).toBool()
            ? QCoreApplication::translate("cli", "last used %1, after the new key was made")
                  .arg(o.value("oldKeyLastUsed"_L1).toString())
            : QCoreApplication::translate("cli", "last used %1, not since the new key was made")
                  .arg(o.value("oldKeyLastUsed"_L1).toString());
        out(QCoreApplication::translate("cli", "%1  %2 → %3  %4  old key %5%6")
                .arg(o.value("orgId"_L1).toString(), o.value("oldPublicKey"_L1).toString(),
                     o.value("newPublicKey"_L1).toString(u"(not yet)"_s), o.value("step"_L1).toString(), used,
                     o.value("problem"_L1).isNull() ? QString()
                                                    : u"\n    "_s + o.value("problem"_L1).toString()));
    }
    return Ok;
}

} // namespace

int rotate(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"status"_s)
        return status(arguments);
    const bool known = action == u"key"_s || action == u"finish"_s || action == u"cancel"_s;
    if (!known) {
        if (action == u"--help"_s || action == u"-h"_s) {
            out(QCoreApplication::translate(
                "cli",
                "Usage: apiaccess rotate key|status|finish|cancel …\n"
                "  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and "
                "check (again: resume)\n"
                "  rotate status [--json]                                   the rotations in progress\n"
                "  rotate finish --org ID --key KEY                          delete the old key\n"
                "  rotate cancel --org ID --key KEY                          delete the new key\n"
                "Each takes the connection options of sync (rotate key --help lists them)."));
            return Ok;
        }
        const QString near = closest(action, {u"key"_s, u"status"_s, u"finish"_s, u"cancel"_s});
        err(near.isEmpty()
                ? QCoreApplication::translate("cli", "rotate: expected key, status, finish or cancel.")
                : QCoreApplication::translate("cli", "rotate: unknown action '%1' — did you mean '%2'?")
                      .arg(shortened(action), near));
        return Usage;
    }
    const QString command = u"rotate "_s + action;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        action == u"key"_s ? QCoreApplication::translate(
            "cli",
            "Rotate an API key without an outage: create a new key with the old key's organization roles, "
            "projects and access-list entries, read it back and check it. Its private key is written "
            "once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that "
            "stopped; then switch the clients and run rotate finish.")
            : action == u"finish"_s
            ? QCoreApplication::translate(
                "cli",
                "Finish a rotation: delete the old key (refused while this connection signs in with it).")
            : QCoreApplication::translate(
                "cli", "Cancel a rotation: delete the new key; the old key stays as it was."));
    parser.addHelpOption();
    const ConnectionOptions c;
    const QCommandLineOption org(u"org"_s, QCoreApplication::translate("cli", "The organization."), u"ID"_s);
    const QCommandLineOption key(
        u"key"_s, QCoreApplication::translate("cli", "The old key: its public key or key ID."), u"KEY"_s);
    const QCommandLineOption keyOut(
        u"private-key-out"_s,
        QCoreApplication::translate("cli",
                                    "Where the new private key goes: a new file (0600), or - for standard "
                                    "output."),
        u"FILE"_s);
    const QCommandLineOption description(
        u"description"_s,
        QCoreApplication::translate("cli",
                                    "The new key's description (default: the old one's with "
                                    "\"(rotated YYYY-MM)\")."),
        u"TEXT"_s);
    const QCommandLineOption dropProject(
        u"drop-project"_s, QCoreApplication::translate("cli", "Leave this project out (repeatable)."),
        u"ID"_s);
    const QCommandLineOption dropEntry(
        u"drop-entry"_s, QCoreApplication::translate("cli", "Leave this access-list entry out (repeatable)."),
        u"BLOCK"_s);
    QList<QCommandLineOption> options = c.all() + QList<QCommandLineOption>{org, key};
    if (action == u"key"_s)
        options += {keyOut, description, dropProject, dropEntry};
    parser.addOptions(options);
    QStringList args = arguments;
    args.removeAt(2);
    args.removeAt(1);
    if (!parser.parse(args))
        return usageError(parser, command, optionNames(options) + QStringList{u"help"_s});
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(helpText(parser, command,
                                  {Ok, Usage, Refused, Network, CacheProblem, OutputProblem, NotFound})),
              stdout);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("cli", "%1: unexpected argument '%2'")
                .arg(command, shortened(parser.positionalArguments().first())));
        return Usage;
    }
    if (!parser.isSet(org) || !parser.isSet(key)) {
        err(QCoreApplication::translate("cli", "%1: give --org ID and --key KEY.").arg(command));
        return Usage;
    }
    if (action == u"key"_s && !parser.isSet(keyOut)) {
        err(QCoreApplication::translate(
            "cli",
            "rotate key: give --private-key-out FILE (or - for standard output): the new private key is "
            "shown only once."));
        return Usage;
    }
    CliConnection connection;
    if (const int code = resolveConnection(parser, c, command, &connection); code != Ok)
        return code;
    // The key file first: a name that cannot be used stops the command before anything is created.
    const QString keyOutPath = parser.value(keyOut);
    int keyFd = -1;
    if (action == u"key"_s && keyOutPath != u"-"_s) {
        QString problem;
        keyFd = openKeyFile(keyOutPath, &problem);
        if (keyFd < 0) {
            err(problem);
            return OutputProblem;
        }
    }
    const auto closeKeyFile = [&](bool keep) {
        if (keyFd < 0)
            return;
        ::close(keyFd);
        keyFd = -1;
        if (!keep)
            QFile::remove(keyOutPath); // nothing was written to it
    };

    const QString cachePath = connection.storeLocation();
    {
        CacheDatabase check;
        if (!check.open(cachePath) || check.isReadOnly()) { // a rotation's steps must be kept
            closeKeyFile(false);
            err(check.isOpen() ? check.readOnlyReason() : check.error());
            return CacheProblem;
        }
    }
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connection.settings);
    int code = Ok;
    {
        Repository repository(&client, cachePath);
        repository.open();
        const QString orgId = parser.value(org);
        // Who signs in (finish must not delete it), and the organization read in full: the plan copies every
        // entry as the server has it now.
        bool identified = false;
        waitFor([&](auto quit) {
            QObject::connect(&repository, &Repository::identityChanged, &repository, [&, quit] {
                identified = true;
                quit();
            });
            QObject::connect(&repository, &Repository::identityFailed, &repository,
                             [&, quit](const ApiError &e) {
                                 err(e.explanation());
                                 code = exitCodeFor(e);
                                 quit();
                             });
            repository.identify();
        });
        if (identified && action == u"key"_s) {
            waitFor([&](auto quit) {
                QObject::connect(&repository, &Repository::syncFinished, &repository, [quit] { quit(); });
                QObject::connect(&repository, &Repository::syncFailed, &repository,
                                 [&, quit](const QString &, const ApiError &e) {
                                     err(QCoreApplication::translate("cli", "%1: %2")
                                             .arg(shortened(orgId), e.explanation()));
                                     code = exitCodeFor(e);
                                     quit();
                                 });
                repository.sync(orgId, Repository::SyncMode::Full);
            });
        } else if (identified) {
            waitFor([&](auto quit) {
                if (repository.isLoaded())
                    return quit();
                QObject::connect(&repository, &Repository::cacheLoaded, &repository, [quit] { quit(); });
            });
        }
        const OrgStatePtr state = repository.state(orgId);
        const KeyRecord *old = code == Ok ? findKey(state, parser.value(key)) : nullptr;
        QString oldKeyId = old ? old->key.id : QString();
        if (code == Ok && !old
            && state) { // finished or cancelled after the old key went: the stored rotation
            for (const Rotation &r : state->rotations) {
                if (r.oldKeyId == parser.value(key) || r.oldPublicKey == parser.value(key))
                    oldKeyId = r.oldKeyId;
            }
        }
        if (code == Ok && oldKeyId.isEmpty()) {
            err(state ? QCoreApplication::translate("cli", "%1: no key %2 in organization %3.")
                            .arg(command, shortened(parser.value(key)), orgId)
                      : QCoreApplication::translate(
                            "cli", "%1: organization %2 is not in this connection's cache: sync it first.")
                            .arg(command, shortened(orgId)));
            code = NotFound;
        }
        if (code == Ok) {
            KeyRotation rotation(&repository);
            Rotation outcome;
            QString problem;
            const KeyRotation::Created created = [&](const ApiKey &made) {
                const QByteArray line = made.privateKey.toLatin1() + '\n';
                if (keyFd >= 0) {
                    const bool written = ::write(keyFd, line.constData(), size_t(line.size())) == line.size()
                        && ::fsync(keyFd) == 0;
                    closeKeyFile(true);
                    if (!written)
                        err(QCoreApplication::translate("cli",
                                                        "rotate key: the new private key could not be "
                                                        "written to %1. The key %2 exists: "
                                                        "run rotate cancel to delete it, then start again.")
                                .arg(shortened(keyOutPath), made.publicKey));
                } else {
                    fputs(line.constData(), stdout);
                    fflush(stdout);
                }
            };
            const KeyRotation::Answer answered = [&](const Rotation &r, const QString &p) {
                outcome = r;
                problem = p;
            };
            waitFor([&](auto quit) {
                const KeyRotation::Answer done = [&, quit](const Rotation &r, const QString &p) {
                    answered(r, p);
                    quit();
                };
                if (action == u"finish"_s)
                    return rotation.finish(orgId, oldKeyId, &repository, done);
                if (action == u"cancel"_s)
                    return rotation.cancel(orgId, oldKeyId, &repository, done);
                if (state->rotations.contains(oldKeyId))
                    return rotation.resume(orgId, oldKeyId, &repository, created, done);
                QString planProblem;
                std::optional<RotationPlan> plan = rotation.planFor(orgId, oldKeyId, &planProblem);
                if (!plan)
                    return done({}, planProblem);
                if (parser.isSet(description))
                    plan->description = parser.value(description);
                for (const QString &groupId : parser.values(dropProject))
                    plan->projects.removeIf(
                        [&](const RotationPlan::Project &p) { return p.groupId == groupId; });
                for (const QString &entry : parser.values(dropEntry)) {
                    const IpParseResult parsed = IpBlock::parse(entry);
                    plan->entries.removeAll(parsed.ok() ? parsed.block->toString() : entry);
                }
                rotation.start(orgId, oldKeyId, *plan, &repository, created, done);
            });
            if (!problem.isEmpty()) {
                err(problem);
                code = rotation.lastError() ? exitCodeFor(*rotation.lastError()) : Usage;
                if (code == Ok)
                    code = Network;
            } else if (action == u"key"_s) {
                err(QCoreApplication::translate(
                        "cli",
                        "New key %1 (%2) is ready: it has the old key's roles, projects and entries. Switch "
                        "the clients to it, then run: apiaccess rotate finish --org %3 --key %4")
                        .arg(outcome.newPublicKey, outcome.newKeyId, orgId, outcome.oldPublicKey));
            } else if (action == u"finish"_s) {
                err(QCoreApplication::translate("cli", "Deleted the old key %1; the rotation is finished.")
                        .arg(outcome.oldPublicKey));
                // The profile signed in with the old key: from now on it signs in with the key this run used.
                if (const auto saved = ProfileStore::find(connection.name);
                    saved && saved->publicKey == outcome.oldPublicKey && !connection.newProfile) {
                    ProfileStore::save(connection.remembered);
                    err(QCoreApplication::translate("cli", "The connection %1 now signs in with %2.")
                            .arg(connection.name, connection.remembered.publicKey));
                }
            } else {
                err(QCoreApplication::translate("cli", "Cancelled: %1")
                        .arg(outcome.newPublicKey.isEmpty()
                                 ? QCoreApplication::translate("cli", "no new key was made.")
                                 : QCoreApplication::translate("cli", "the new key %1 was deleted.")
                                       .arg(outcome.newPublicKey)));
            }
        }
    }
    closeKeyFile(false);
    CacheAccess::waitForAll(); // the rotation's last step is in the cache before the command ends
    client.forgetCredentials();
    return code;
}

} // namespace Cli
