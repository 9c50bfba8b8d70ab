// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QString>
#include <QStringList>

#include <optional>

// Writes an export to files, the same way for the console and the command line: the whole export or
// nothing. Each file is written to a temporary file and renamed into place (QSaveFile); a CSV export is
// four files (the keys, NAME-entries.csv, NAME-findings.csv and NAME-serviceaccounts.csv) and all are
// written or none (a failure
// removes those written before, and puts back what earlier files of those names held). A device or a pipe
// (/dev/stdout, a FIFO) is written in place, "-" is standard output. Thread-safe: the console runs it on a
// worker (a PDF of a maximal organization takes longer than a frame).
namespace ExportWriter {

enum class Format { Csv, Json, Markdown, Html, Pdf };
// "csv", "json", "md", "html" (or "htm"), "pdf"
std::optional<Format> formatNamed(const QString &name);
// By the file's suffix.
std::optional<Format> formatOfPath(const QString &path);
// The file the entries of a CSV export go to, beside the keys' file.
QString entriesCsvPath(const QString &keysPath);
// The file the findings of a CSV export go to.
QString findingsCsvPath(const QString &keysPath);
// The file the service accounts of a CSV export go to.
QString serviceAccountsCsvPath(const QString &keysPath);

struct Result
{
    bool ok = true;
    QString file; // the file that could not be written
    QString reason; // why, as the system says it
};
// in.findings are computed by the caller (the hygiene report); pdfTitle names the PDF document.
Result write(const ExportInput &in, Format format, const QString &path, const QString &pdfTitle = {});

} // namespace ExportWriter
