// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "JsonMapping.h"
#include "RoleCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Exporter", text);
}

QString date(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

// The report's summary, the same in every format: the requirement and the counts.
QStringList summary(const ExportInput &in)
{
    const OrgSnapshot &s = in.snapshot;
    int entries = 0;
    for (const auto &k : s.keys)
        entries += int(k.accessList.size());
    QStringList lines{tr("Require IP Whitelist for Public API: %1")
                          .arg(OrgSettings::requirementText(s.settings.requirement)),
                      tr("API keys: %1").arg(s.keys.size()), tr("Whitelist entries: %1").arg(entries)};
    if (s.serviceAccountsState.readable)
        lines << tr("Service accounts: %1").arg(s.serviceAccounts.size());
    if (s.isInstance()) {
        lines[0] = tr("Ops Manager instance: global API keys and the global access list");
        lines[1] = tr("Global API keys: %1").arg(s.keys.size());
        lines[2] = s.globalAccessListState.readable
            ? tr("Global access list entries: %1").arg(s.globalAccessList.size())
            : tr("Global access list: not readable (%1)").arg(s.globalAccessListState.reason);
    }
    lines << tr("Findings: %1").arg(in.findings.size());
    return lines;
}

// A service account's secrets in a few words: how many, how many live, the next expiry.
QString secretsText(const ServiceAccount &a, const QDateTime &now)
{
    const QDateTime next = a.nextExpiry(now);
    return next.isValid() ? tr("%1 (%2 live, next expires %3)")
                                .arg(a.secrets.size())
                                .arg(a.liveSecrets(now))
                                .arg(next.toUTC().toString(u"yyyy-MM-dd"_s))
                          : tr("%1 (none live)").arg(a.secrets.size());
}

QString accountEntriesText(const ServiceAccountRecord &r)
{
    if (!r.accessListState.readable)
        return tr("not readable");
    QStringList values;
    for (const AccessListEntry &e : r.accessList)
        values.append(e.displayValue());
    return values.isEmpty() ? tr("none") : values.join(u", "_s);
}

// "When" for the secrets' state: the snapshot's time, so that an export says what the snapshot said.
QDateTime snapshotNow(const OrgSnapshot &s)
{
    return s.takenAt.isValid() ? s.takenAt : QDateTime::currentDateTimeUtc();
}

QDateTime latestUse(const KeyRecord &k)
{
    return k.lastUsed();
}

QString lastUsed(const KeyRecord &k)
{
    return date(latestUse(k));
}

// Where people read (Markdown, HTML, PDF): the minute in UTC, "2026-11-27 03:01 UTC" — the same in every
// language, and no "T" or seconds to parse by eye. Data formats (CSV, JSON) keep ISO 8601.
QString readableDate(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : QString();
}

// A last use as people read it: "never" rather than an empty cell.
QString readableLastUse(const QDateTime &d)
{
    return d.isValid() ? readableDate(d) : tr("never");
}

// A count with the reader's digit grouping, as on screen ("12,345").
QString readableCount(qint64 n)
{
    return QLocale().toString(n);
}

// A key as people recognise it: its description and its public key.
QString keyName(const KeyRecord &k)
{
    return k.key.desc.isEmpty() ? k.key.publicKey : tr("%1 (%2)").arg(k.key.desc, k.key.publicKey);
}

QJsonObject noteJson(const Note &n)
{
    return {{"owner"_L1, n.owner}, {"ticket"_L1, n.ticket}, {"text"_L1, n.text}};
}

// Server text in Markdown: what could make a link, an image, HTML or emphasis is escaped, and URLs are
// broken up so that no autolink forms — "![x](http://…)" or "[click](javascript:…)" stays text.
QString mdCell(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r')
            out += u' ';
        else if (QStringView(u"\\`*_{}[]<>!|").contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    out.replace(u"://"_s, u":\\/\\/"_s);
    static const QRegularExpression www(u"(?i)\\bwww\\."_s);
    out.replace(www, u"www\\."_s);
    return out;
}

// Server text in a code span: a backtick would end it.
QString mdCode(QString text)
{
    return u'`' + text.remove(u'`').replace(u'\n', u' ') + u'`';
}

QString entriesText(const KeyRecord &k)
{
    if (!k.accessListState.readable)
        return tr("not readable");
    return readableCount(k.accessList.size());
}

} // namespace

QString csvField(const QString &value)
{
    // OWASP's CSV injection guidance: a cell a spreadsheet would read as a formula starts with a quote.
    QString cell = value;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell == value && !cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell;
    cell.replace(u'"', u"\"\""_s);
    return u'"' + cell + u'"';
}

QByteArray keysCsv(const ExportInput &in)
{
    QStringList lines{
        u"id,publicKey,desc,orgRoles,projectRoles,projectIds,whitelistEntries,whitelistReadable,"
        "lastUsed,noteOwner,noteTicket,note"_s};
    QHash<QString, QString> projectNames;
    for (const Project &p : in.snapshot.projects)
        projectNames.insert(p.id, p.name);
    for (const KeyRecord &k : in.snapshot.keys) {
        QStringList projectRoles;
        const QStringList projectIds = k.key.projectIds();
        for (const QString &p : projectIds)
            projectRoles.append(projectNames.value(p, p) + u": "_s + k.key.projectRoleNames(p).join(u'+'));
        const Note note = in.keyNotes.value(k.key.id);
        lines.append(QStringList{csvField(k.key.id), csvField(k.key.publicKey), csvField(k.key.desc),
                                 csvField(k.key.orgRoleNames().join(u' ')),
                                 csvField(projectRoles.join(u"; "_s)), csvField(projectIds.join(u' ')),
                                 QString::number(k.accessList.size()),
                                 k.accessListState.readable ? u"true"_s : u"false"_s, lastUsed(k),
                                 csvField(note.owner), csvField(note.ticket), csvField(note.text)}
                         .join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray findingsCsv(const ExportInput &in)
{
    QStringList lines{u"severity,kind,keyId,publicKey,entry,message"_s};
    for (const Finding &f : in.findings)
        lines.append(QStringList{Finding::severityName(f.severity), Finding::kindName(f.kind),
                                 csvField(f.keyId), csvField(f.publicKey), csvField(f.entry),
                                 csvField(f.message)}
                         .join(u','));
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray entriesCsv(const ExportInput &in)
{
    QStringList lines{u"keyId,publicKey,ipAddress,cidrBlock,created,count,lastUsed,lastUsedAddress,note"_s};
    for (const KeyRecord &k : in.snapshot.keys) {
        for (const AccessListEntry &e : k.accessList) {
            const Note note = in.entryNotes.value(Note::entryKey(k.key.id, e.cidrBlock));
            lines.append(QStringList{csvField(k.key.id), csvField(k.key.publicKey), csvField(e.ipAddress),
                                     csvField(e.cidrBlock), date(e.created), QString::number(e.count),
                                     date(e.lastUsed), csvField(e.lastUsedAddress), csvField(note.text)}
                             .join(u','));
        }
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray serviceAccountsCsv(const ExportInput &in)
{
    QStringList lines{u"clientId,name,description,roles,secrets,liveSecrets,nextExpiry,lastUsed,accessList,"
                      "accessListReadable"_s};
    const QDateTime now = snapshotNow(in.snapshot);
    for (const ServiceAccountRecord &r : in.snapshot.serviceAccounts) {
        const ServiceAccount &a = r.account;
        QStringList entries;
        for (const AccessListEntry &e : r.accessList)
            entries.append(e.displayValue());
        lines.append(QStringList{csvField(a.clientId), csvField(a.name), csvField(a.description),
                                 csvField(a.roles.join(u' ')), QString::number(a.secrets.size()),
                                 QString::number(a.liveSecrets(now)), date(a.nextExpiry(now)),
                                 date(a.lastUsed()), csvField(entries.join(u' ')),
                                 r.accessListState.readable ? u"true"_s : u"false"_s}
                         .join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray json(const ExportInput &in)
{
    const OrgSnapshot &s = in.snapshot;
    QJsonArray keys;
    for (const KeyRecord &k : s.keys) {
        QJsonObject key = Json::toJson(k.key);
        key.remove("privateKey"_L1); // never, not even masked
        if (k.accessListState.readable) {
            QJsonArray list;
            for (const AccessListEntry &e : k.accessList) {
                QJsonObject entry = Json::toJson(e);
                const auto note = in.entryNotes.constFind(Note::entryKey(k.key.id, e.cidrBlock));
                if (note != in.entryNotes.constEnd())
                    entry.insert("note"_L1, noteJson(*note));
                list.append(entry);
            }
            key.insert("accessList"_L1, list);
        } else {
            key.insert("accessList"_L1, QJsonValue(QJsonValue::Null));
            key.insert("accessListNotReadable"_L1, k.accessListState.reason);
        }
        const auto note = in.keyNotes.constFind(k.key.id);
        if (note != in.keyNotes.constEnd())
            key.insert("note"_L1, noteJson(*note));
        keys.append(key);
    }
    QJsonArray projects;
    for (const Project &p : s.projects)
        projects.append(Json::toJson(p));
    // The service accounts with the API's own field names; secrets only masked (a full value never
    // reaches a snapshot, and masked() makes sure).
    QJsonValue accounts = QJsonValue(QJsonValue::Null);
    if (s.serviceAccountsState.readable) {
        QJsonArray list;
        for (const ServiceAccountRecord &r : s.serviceAccounts) {
            QJsonObject account = Json::toJson(r.account.masked());
            if (r.accessListState.readable) {
                QJsonArray entries;
                for (const AccessListEntry &e : r.accessList)
                    entries.append(Json::serviceAccountEntryJson(e));
                account.insert("accessList"_L1, entries);
            } else {
                account.insert("accessList"_L1, QJsonValue(QJsonValue::Null));
                account.insert("accessListNotReadable"_L1, r.accessListState.reason);
            }
            list.append(account);
        }
        accounts = list;
    }
    QJsonArray findings;
    for (const Finding &f : in.findings)
        findings.append(f.toJson());
    QJsonObject org = Json::toJson(s.organization);
    const QJsonObject settings = Json::toJson(s.settings);
    org.insert("apiAccessListRequired"_L1,
               settings.contains("apiAccessListRequired"_L1) ? settings.value("apiAccessListRequired"_L1)
                                                             : QJsonValue(QJsonValue::Null));
    // Atlas: the organization's other security settings, by their API field names, as read.
    for (auto it = s.settings.security.begin(); it != s.settings.security.end(); ++it)
        org.insert(it.key(), it.value());
    // The timeline: the organization's events as the feed gives them, with the line a person reads.
    QJsonArray events;
    const QHash<QString, QString> names = s.descriptionsByPublicKey();
    for (const ApiEvent &e : s.events) {
        QJsonObject event = Json::toJson(e);
        event.insert("summary"_L1, OrgSnapshot::eventSummary(e, names));
        events.append(event);
    }
    QJsonObject root{{"organization"_L1, org},
                     {"snapshot"_L1, QJsonObject{{"id"_L1, s.id}, {"takenAt"_L1, date(s.takenAt)}}},
                     {"projects"_L1, projects},
                     {"apiKeys"_L1, keys},
                     {"serviceAccounts"_L1, accounts},
                     {"findings"_L1, findings},
                     {"events"_L1, events}};
    // Ops Manager's instance: its global access list with the API's field names (apiKeys are its global
    // keys, whose roles carry no orgId).
    if (s.isInstance()) {
        QJsonArray entries;
        for (const GlobalAccessEntry &e : s.globalAccessList)
            entries.append(Json::toJson(e));
        root.insert("globalAccessList"_L1,
                    s.globalAccessListState.readable ? QJsonValue(entries) : QJsonValue(QJsonValue::Null));
        if (!s.globalAccessListState.readable)
            root.insert("globalAccessListNotReadable"_L1, s.globalAccessListState.reason);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray markdown(const ExportInput &in)
{
    const OrgSnapshot &s = in.snapshot;
    QStringList md;
    md << u"# "_s + tr("API access report: %1").arg(mdCell(s.organization.name)) << QString();
    md << tr("Organization `%1`, snapshot %2 taken %3.")
              .arg(QString(s.organization.id).remove(u'`'))
              .arg(s.id)
              .arg(readableDate(s.takenAt))
       << QString();
    md << u"## "_s + tr("Summary") << QString();
    for (const QString &line : summary(in))
        md << u"- "_s + line;
    md << QString();
    md << u"## "_s + tr("Findings") << QString();
    if (in.findings.isEmpty())
        md << tr("None.");
    for (const Finding &f : in.findings)
        md << u"- **%1** %2"_s.arg(Finding::severityName(f.severity), mdCell(f.message));
    md << QString() << u"## "_s + tr("API keys") << QString();
    md << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(tr("Description"), tr("Public key"), tr("Key ID"),
                                                        tr("Roles"), tr("Whitelist"), tr("Last used"),
                                                        tr("Note"));
    md << u"|---|---|---|---|---|---|---|"_s;
    for (const KeyRecord &k : s.keys) {
        QStringList roles;
        for (const QString &r : k.key.orgRoleNames())
            roles.append(RoleCatalogue::displayName(r));
        md << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(
            mdCell(k.key.desc), mdCode(k.key.publicKey), mdCode(k.key.id), mdCell(roles.join(u", "_s)),
            entriesText(k), readableLastUse(latestUse(k)), mdCell(in.keyNotes.value(k.key.id).text));
    }
    md << QString() << u"## "_s + tr("Whitelist entries") << QString();
    md << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(tr("Key"), tr("Address or CIDR"), tr("Created"),
                                                   tr("Last used"), tr("Last used from"), tr("Requests"));
    md << u"|---|---|---|---|---|---|"_s;
    for (const KeyRecord &k : s.keys) {
        for (const AccessListEntry &e : k.accessList)
            md << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(
                mdCell(keyName(k)), mdCell(e.displayValue()), readableDate(e.created),
                readableLastUse(e.lastUsed), mdCell(e.lastUsedAddress), readableCount(e.count));
    }
    if (s.serviceAccountsState.readable && !s.serviceAccounts.isEmpty()) {
        const QDateTime now = snapshotNow(s);
        md << QString() << u"## "_s + tr("Service accounts") << QString();
        md << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(tr("Name"), tr("Client ID"), tr("Roles"),
                                                       tr("Secrets"), tr("Access list"), tr("Last used"));
        md << u"|---|---|---|---|---|---|"_s;
        for (const ServiceAccountRecord &r : s.serviceAccounts) {
            QStringList roles;
            for (const QString &role : r.account.roles)
                roles.append(RoleCatalogue::displayName(role));
            md << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(
                mdCell(r.account.name), mdCode(r.account.clientId), mdCell(roles.join(u", "_s)),
                mdCell(secretsText(r.account, now)), mdCell(accountEntriesText(r)),
                readableLastUse(r.account.lastUsed()));
        }
    }
    if (s.isInstance()) {
        md << QString() << u"## "_s + tr("Global access list") << QString();
        if (!s.globalAccessListState.readable)
            md << tr("Not readable: %1").arg(mdCell(s.globalAccessListState.reason));
        else if (s.globalAccessList.isEmpty())
            md << tr("Empty.");
        else {
            md << u"| %1 | %2 | %3 | %4 |"_s.arg(tr("Address or CIDR"), tr("Description"), tr("ID"),
                                                 tr("Created"));
            md << u"|---|---|---|---|"_s;
            for (const GlobalAccessEntry &e : s.globalAccessList)
                md << u"| %1 | %2 | %3 | %4 |"_s.arg(mdCell(e.displayValue()), mdCell(e.description),
                                                     mdCode(e.id), readableDate(e.created));
        }
    }
    md << QString() << u"## "_s + tr("Timeline") << QString();
    if (s.events.isEmpty())
        md << (s.eventsReadAt.isValid() ? tr("No events.") : tr("The organization's events were not read."));
    const QHash<QString, QString> names = s.descriptionsByPublicKey();
    for (const ApiEvent &e : s.events)
        md << u"- %1 %2"_s.arg(readableDate(e.created), mdCell(OrgSnapshot::eventSummary(e, names)));
    return (md.join(u'\n') + u'\n').toUtf8();
}

QString reportTitle(const ExportInput &in)
{
    return tr("API access report: %1").arg(in.snapshot.organization.name);
}

QString html(const ExportInput &in)
{
    const OrgSnapshot &s = in.snapshot;
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    // Qt's rich text (which prints the PDF) draws cell borders from the table's attributes, not from CSS;
    // a browser reads both. IDs, keys, addresses and timestamps never break inside (cells are narrow in
    // the PDF): Qt honours white-space on a cell, not on a span.
    const QString table = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    const auto cell = [&esc](const QString &t) -> QString { return u"<td>%1</td>"_s.arg(esc(t)); };
    const auto unbroken
        = [&esc](const QString &t) { return u"<td style=\"white-space:nowrap\">%1</td>"_s.arg(esc(t)); };
    const auto code = [&esc](const QString &t) -> QString {
        return u"<td style=\"white-space:nowrap\"><code>%1</code></td>"_s.arg(esc(t));
    };
    const auto header = [&esc](const QStringList &titles) -> QString {
        QString row = u"<tr>"_s;
        for (const QString &t : titles)
            row += u"<th>%1</th>"_s.arg(esc(t));
        return row + u"</tr>\n"_s;
    };
    QString h = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid "
                "#999;padding:2px 6px;text-align:left}</style></head><body>\n"_s.arg(esc(reportTitle(in)));
    h += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(esc(reportTitle(in)),
                                           esc(tr("Organization %1, snapshot %2 taken %3.")
                                                   .arg(s.organization.id)
                                                   .arg(s.id)
                                                   .arg(readableDate(s.takenAt))));
    h += u"<h2>%1</h2>\n<ul>"_s.arg(esc(tr("Summary")));
    for (const QString &line : summary(in))
        h += u"<li>%1</li>"_s.arg(esc(line));
    h += u"</ul>\n<h2>%1</h2>\n<ul>"_s.arg(esc(tr("Findings")));
    for (const Finding &f : in.findings)
        h += u"<li><b>%1</b> %2</li>"_s.arg(Finding::severityName(f.severity), esc(f.message));
    if (in.findings.isEmpty())
        h += u"<li>%1</li>"_s.arg(esc(tr("None.")));
    h += u"</ul>\n<h2>%1</h2>\n"_s.arg(esc(tr("API keys"))) + table
        + header({tr("Description"), tr("Public key"), tr("Key ID"), tr("Roles"), tr("Whitelist"),
                  tr("Last used")});
    for (const KeyRecord &k : s.keys) {
        QStringList roles;
        for (const QString &r : k.key.orgRoleNames())
            roles.append(RoleCatalogue::displayName(r));
        h += u"<tr>"_s + cell(k.key.desc) + code(k.key.publicKey) + code(k.key.id) + cell(roles.join(u", "_s))
            + cell(entriesText(k)) + unbroken(readableLastUse(latestUse(k))) + u"</tr>\n"_s;
    }
    h += u"</table>\n<h2>%1</h2>\n"_s.arg(esc(tr("Whitelist entries"))) + table
        + header({tr("Key"), tr("Address or CIDR"), tr("Last used"), tr("Last used from"), tr("Requests")});
    for (const KeyRecord &k : s.keys) {
        // The key by its description and its public key, as on screen.
        const QString key = u"<td>%1<br><code>%2</code></td>"_s.arg(esc(k.key.desc), esc(k.key.publicKey));
        for (const AccessListEntry &e : k.accessList)
            h += u"<tr>"_s + key + unbroken(e.displayValue()) + unbroken(readableLastUse(e.lastUsed))
                + unbroken(e.lastUsedAddress)
                + u"<td align=\"right\">%1</td></tr>\n"_s.arg(readableCount(e.count));
    }
    if (s.serviceAccountsState.readable && !s.serviceAccounts.isEmpty()) {
        const QDateTime now = snapshotNow(s);
        h += u"</table>\n<h2>%1</h2>\n"_s.arg(esc(tr("Service accounts"))) + table
            + header({tr("Name"), tr("Client ID"), tr("Roles"), tr("Secrets"), tr("Access list"),
                      tr("Last used")});
        for (const ServiceAccountRecord &r : s.serviceAccounts) {
            QStringList roles;
            for (const QString &role : r.account.roles)
                roles.append(RoleCatalogue::displayName(role));
            h += u"<tr>"_s + cell(r.account.name) + code(r.account.clientId) + cell(roles.join(u", "_s))
                + cell(secretsText(r.account, now)) + cell(accountEntriesText(r))
                + unbroken(readableLastUse(r.account.lastUsed())) + u"</tr>\n"_s;
        }
    }
    if (s.isInstance() && s.globalAccessListState.readable) {
        h += u"</table>\n<h2>%1</h2>\n"_s.arg(esc(tr("Global access list"))) + table
            + header({tr("Address or CIDR"), tr("Description"), tr("ID"), tr("Created")});
        for (const GlobalAccessEntry &e : s.globalAccessList)
            h += u"<tr>"_s + unbroken(e.displayValue()) + cell(e.description) + code(e.id)
                + unbroken(readableDate(e.created)) + u"</tr>\n"_s;
    }
    h += u"</table>\n<h2>%1</h2>\n"_s.arg(esc(tr("Timeline"))) + table;
    const QHash<QString, QString> names = s.descriptionsByPublicKey();
    for (const ApiEvent &e : s.events)
        h += u"<tr>"_s + unbroken(readableDate(e.created)) + cell(OrgSnapshot::eventSummary(e, names))
            + u"</tr>\n"_s;
    if (s.events.isEmpty())
        h += u"<tr><td>%1</td></tr>"_s.arg(esc(
            s.eventsReadAt.isValid() ? tr("No events.") : tr("The organization's events were not read.")));
    h += u"</table>\n</body></html>\n"_s;
    return h;
}

} // namespace Exporter
