// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess export: the cached snapshot as CSV, JSON, Markdown, HTML or PDF.
#include "CliShared.h"

#include "ExportWriter.h"
#include "SnapshotStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

int exportCommand(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("cli", "csv, json, md, html or pdf."), u"FORMAT"_s);
    const QCommandLineOption output(
        u"out"_s,
        QCoreApplication::translate("cli",
                                    "The file to write, or - for standard output "
                                    "(csv: the keys; the entries go to "
                                    "NAME-entries.csv, the report's findings to "
                                    "NAME-findings.csv and the service accounts to "
                                    "NAME-serviceaccounts.csv, or follow on standard "
                                    "output, each after a blank line)."),
        u"FILE"_s);
    const QCommandLineOption snapshotOption(u"snapshot"_s,
                                            QCoreApplication::translate("cli",
                                                                        "A stored snapshot "
                                                                        "instead of the latest."),
                                            u"ID"_s);
    if (auto code = prepare(c, arguments, u"export"_s,
                            QCoreApplication::translate("cli", "Export an organization from the cache."),
                            {format, output, snapshotOption},
                            {Ok, Usage, CacheProblem, OutputProblem, NotFound}, false))
        return *code;
    const QString kind = c.parser.value(format);
    const QString out = c.parser.value(output);
    if (!QStringList{u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s}.contains(kind) || out.isEmpty()) {
        err(QCoreApplication::translate("cli", "export: give --format csv|json|md|html|pdf and --out FILE."));
        return Usage;
    }
    SnapshotStore store(*c.cache->db);
    ExportInput in;
    if (c.parser.isSet(snapshotOption)) {
        const auto chosen = store.load(c.orgId, c.parser.value(snapshotOption).toLongLong());
        if (!chosen) {
            err(QCoreApplication::translate("cli",
                                            "No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).")
                    .arg(shortened(c.parser.value(snapshotOption)), c.orgId));
            return NotFound;
        }
        in.snapshot = *chosen;
    } else {
        in.snapshot = *c.snapshot;
    }
    in.keyNotes = store.notes(c.orgId, NoteKind::Key);
    in.entryNotes = store.notes(c.orgId, NoteKind::Entry);
    in.findings = hygieneReport(in.snapshot);
    const ExportWriter::Result written = ExportWriter::write(
        in, *ExportWriter::formatNamed(kind), out,
        QCoreApplication::translate("cli", "API access report: %1").arg(in.snapshot.organization.name));
    if (!written.ok) {
        if (written.file == u"-"_s)
            err(QCoreApplication::translate("cli", "Cannot write to standard output."));
        else
            err(QCoreApplication::translate("cli", "Cannot write %1: %2")
                    .arg(shortened(written.file), written.reason));
    }
    const bool ok = written.ok;
    return ok ? Ok : OutputProblem;
}

} // namespace Cli
