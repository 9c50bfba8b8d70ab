// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportWriter.h"

#include <QBuffer>
#include <QCoreApplication>
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

// NAME.csv → NAME-<what>.csv (a name without .csv gets the suffix added).
QString besideCsv(const QString &keysPath, QStringView what)
{
    const QString base = keysPath.endsWith(u".csv"_s, Qt::CaseInsensitive) ? keysPath.chopped(4) : keysPath;
    return base + u'-' + what + u".csv"_s;
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
    // The document's title, which viewers show in their title bar: the report's own unless given.
    writer.setTitle(title.isEmpty() ? Exporter::reportTitle(in) : title);
    writer.setCreator(QCoreApplication::applicationName());
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
    return besideCsv(keysPath, u"entries");
}

QString findingsCsvPath(const QString &keysPath)
{
    return besideCsv(keysPath, u"findings");
}

QString serviceAccountsCsvPath(const QString &keysPath)
{
    return besideCsv(keysPath, u"serviceaccounts");
}

Result write(const ExportInput &in, Format format, const QString &path, const QString &pdfTitle)
{
    switch (format) {
    case Format::Csv: {
        if (path == u"-"_s) // the entries and the findings follow the keys, each after a blank line
            return writeFile(path,
                             Exporter::keysCsv(in) + "\n" + Exporter::entriesCsv(in) + "\n"
                                 + Exporter::findingsCsv(in) + "\n" + Exporter::serviceAccountsCsv(in));
        // All or none: the companions first, then the keys; a failure puts back what each file held
        // before (or removes it where there was none).
        const QList<std::pair<QString, QByteArray>> files{
            {serviceAccountsCsvPath(path), Exporter::serviceAccountsCsv(in)},
            {findingsCsvPath(path), Exporter::findingsCsv(in)},
            {entriesCsvPath(path), Exporter::entriesCsv(in)},
            {path, Exporter::keysCsv(in)}};
        struct Before
        {
            QString path;
            bool existed;
            QByteArray data;
        };
        QList<Before> written;
        for (const auto &[file, data] : files) {
            Before before{file, QFileInfo::exists(file), {}};
            if (before.existed && QFileInfo(file).isFile()) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    before.data = f.readAll();
            }
            const Result r = writeFile(file, data);
            if (!r.ok) {
                for (const Before &b : std::as_const(written)) {
                    if (b.existed && QFileInfo(b.path).isFile())
                        writeFile(b.path, b.data);
                    else if (!b.existed)
                        QFile::remove(b.path);
                }
                return r;
            }
            written.append(before);
        }
        return {};
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
