// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportWriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ExportWriter {

namespace {

Result writeFile(const QString &path, const QByteArray &data)
{
    if (path == u"-"_s) {
        const bool ok = fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size())
            && fflush(stdout) == 0;
        return ok ? Result{} : Result{false, path, u"standard output"_s};
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A device or a pipe: written in place (a save file would put a regular file where it was).
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || device.write(data) != data.size())
            return {false, path, device.errorString()};
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return {false, path, file.errorString()};
    return {};
}

// Rendered into memory, then written like every other format: whole or not at all (a PDF written in
// place and judged by its size would pass a truncated file on a full disk).
QByteArray pdf(const ExportInput &in, const QString &title)
{
    QTextDocument document;
    document.setHtml(Exporter::html(in));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    if (!title.isEmpty())
        writer.setTitle(title);
    document.print(&writer);
    return buffer.data();
}

} // namespace

std::optional<Format> formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == "csv"_L1)
        return Format::Csv;
    if (n == "json"_L1)
        return Format::Json;
    if (n == "md"_L1)
        return Format::Markdown;
    if (n == "html"_L1 || n == "htm"_L1)
        return Format::Html;
    if (n == "pdf"_L1)
        return Format::Pdf;
    return std::nullopt;
}

std::optional<Format> formatOfPath(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

QString entriesCsvPath(const QString &keysPath)
{
    return keysPath.endsWith(u".csv"_s, Qt::CaseInsensitive) ? keysPath.chopped(4) + u"-entries.csv"_s
                                                             : keysPath + u"-entries.csv"_s;
}

Result write(const ExportInput &in, Format format, const QString &path, const QString &pdfTitle)
{
    switch (format) {
    case Format::Csv: {
        if (path == u"-"_s) // the entries follow the keys after a blank line
            return writeFile(path, Exporter::keysCsv(in) + "\n" + Exporter::entriesCsv(in));
        // Both or neither: the entries first, then the keys; a failure removes what went before.
        const QString entries = entriesCsvPath(path);
        const bool entriesExisted = QFileInfo::exists(entries);
        const QByteArray before = [&] {
            QFile f(entries);
            return entriesExisted && QFileInfo(entries).isFile() && f.open(QIODevice::ReadOnly)
                ? f.readAll()
                : QByteArray();
        }();
        Result r = writeFile(entries, Exporter::entriesCsv(in));
        if (!r.ok)
            return r;
        r = writeFile(path, Exporter::keysCsv(in));
        if (!r.ok) {
            // Put back what was there, or remove what this export wrote.
            if (entriesExisted && QFileInfo(entries).isFile())
                writeFile(entries, before);
            else if (!entriesExisted)
                QFile::remove(entries);
        }
        return r;
    }
    case Format::Json:
        return writeFile(path, Exporter::json(in));
    case Format::Markdown:
        return writeFile(path, Exporter::markdown(in));
    case Format::Html:
        return writeFile(path, Exporter::html(in).toUtf8());
    case Format::Pdf:
        return writeFile(path, pdf(in, pdfTitle));
    }
    return {false, path, {}};
}

} // namespace ExportWriter
