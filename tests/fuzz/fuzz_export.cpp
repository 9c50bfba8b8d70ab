// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of server text: keys whose ID, public key, description and notes come from the fuzzer are
// written as CSV, JSON, Markdown and HTML. The CSV read back (RFC 4180) has one row per key with every
// cell intact (a cell a spreadsheet would run as a formula carries the leading quote OWASP advises);
// the JSON read back has every description; HTML never carries server text as markup.
#include "Exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

// RFC 4180: rows of fields; quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows.append(row + QStringList{field});
    return rows;
}

QString expectedCell(const QString &value)
{
    return !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()) ? u'\'' + value : value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Keys separated by U+001E, their fields (id, public key, description, note) by U+001F.
    ExportInput in;
    in.snapshot.organization.id = QStringLiteral("5a5eed000000000000000001");
    in.snapshot.organization.name = QStringLiteral("Fuzz");
    const QStringList keys = text.split(QChar(0x1e));
    for (const QString &k : keys.mid(0, 50)) {
        const QStringList f = k.split(QChar(0x1f));
        KeyRecord record;
        record.key.id = f.value(0);
        record.key.publicKey = f.value(1);
        record.key.desc = f.value(2, k);
        if (f.size() > 3)
            in.keyNotes.insert(record.key.id, Note{f.value(3), f.value(4), f.value(5), {}});
        in.snapshot.keys.append(record);
    }

    const QList<QStringList> rows = readCsv(QString::fromUtf8(Exporter::keysCsv(in)));
    if (rows.size() != in.snapshot.keys.size() + 1)
        std::abort();
    for (qsizetype i = 0; i < in.snapshot.keys.size(); ++i) {
        const ApiKey &key = in.snapshot.keys.at(i).key;
        const QStringList &row = rows.at(i + 1);
        if (row.size() != rows.first().size() || row.at(0) != expectedCell(key.id)
            || row.at(1) != expectedCell(key.publicKey) || row.at(2) != expectedCell(key.desc))
            std::abort();
        const Note note = in.keyNotes.value(key.id);
        if (row.at(9) != expectedCell(note.owner) || row.at(11) != expectedCell(note.text))
            std::abort();
    }

    const QJsonArray exported
        = QJsonDocument::fromJson(Exporter::json(in)).object().value(u"apiKeys").toArray();
    if (exported.size() != in.snapshot.keys.size())
        std::abort();
    for (qsizetype i = 0; i < exported.size(); ++i) {
        if (exported.at(i).toObject().value(u"desc").toString() != in.snapshot.keys.at(i).key.desc)
            std::abort();
    }

    const QString html = Exporter::html(in);
    // Server text never becomes markup: each key's description cell holds the escaped text. (Looking for
    // the raw text anywhere in the page finds the page's own tags, such as "l>\n</", which are no
    // injection.)
    for (const KeyRecord &k : std::as_const(in.snapshot.keys)) {
        if (!html.contains(QStringLiteral("<tr><td>") + k.key.desc.toHtmlEscaped() + QStringLiteral("</td>")))
            std::abort();
        if (k.key.desc.contains(u'<')
            && html.contains(QStringLiteral("<tr><td>") + k.key.desc + QStringLiteral("</td>")))
            std::abort();
    }
    (void)Exporter::markdown(in);
    (void)Exporter::entriesCsv(in);
    (void)Exporter::findingsCsv(in);
    return 0;
}
