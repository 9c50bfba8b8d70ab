// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess screenshots, run as a person runs it: two runs give the same bytes, every documented view is
// there and none is blank, --scale and --theme do what they say, and in every language no text is wider
// than its widget (the command's --check-layout, at 1× and 2×).
#include "ScreenshotCommand.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run screenshots(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(APIACCESS_BINARY), QStringList{u"screenshots"_s} + args);
    Run r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A picture of a view has many colours: text, frames, selections. A blank one has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

const QStringList WindowViews = {u"01-context-picker.png"_s, u"02-organization-settings-off.png"_s,
                                 u"05-api-keys.png"_s, u"14-history-diff.png"_s};

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void deterministicAndComplete()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const Run a = screenshots({u"--out"_s, first.path()});
        QVERIFY2(a.code == 0, a.err.constData());
        const Run b = screenshots({u"--out"_s, second.path()});
        QVERIFY2(b.code == 0, b.err.constData());
        QVERIFY(a.out.contains("16"));
        const QStringList expected = Screenshots::viewNames();
        QCOMPARE(expected.size(), 16);
        QCOMPARE(QDir(first.path()).entryList(QDir::Files, QDir::Name), expected);
        for (const QString &name : expected) {
            const QString path = QDir(first.path()).filePath(name);
            QVERIFY2(digest(path) == digest(QDir(second.path()).filePath(name)),
                     qPrintable(name + u" differs"_s));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(distinctColours(image) > 20, qPrintable(name + u" looks blank"_s));
            if (WindowViews.contains(name))
                QCOMPARE(image.size(), QSize(1100, 720));
        }
    }

    void scaleAndDarkTheme()
    {
        QTemporaryDir light;
        QTemporaryDir dark;
        QVERIFY(screenshots({u"--out"_s, light.path()}).code == 0);
        const Run r = screenshots({u"--out"_s, dark.path(), u"--theme"_s, u"dark"_s, u"--scale"_s, u"2"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QImage darkImage(QDir(dark.path()).filePath(u"05-api-keys.png"_s));
        QCOMPARE(darkImage.size(), QSize(2200, 1440));
        const QImage lightImage(QDir(light.path()).filePath(u"05-api-keys.png"_s));
        // The window background: light is light, dark is dark.
        QVERIFY(qGray(lightImage.pixel(600, 700)) > 180);
        QVERIFY(qGray(darkImage.pixel(1200, 1400)) < 90);
    }

    void refusesBadArguments()
    {
        QTemporaryDir dir;
        QCOMPARE(screenshots({u"--out"_s, dir.path(), u"--lang"_s, u"tlh"_s}).code, 2);
        QCOMPARE(screenshots({u"--out"_s, dir.path(), u"--theme"_s, u"purple"_s}).code, 2);
        QCOMPARE(screenshots({u"--out"_s, dir.path(), u"--scale"_s, u"9"_s}).code, 2);
        QCOMPARE(screenshots({}).code, 2);
    }

    void layoutHoldsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("scale");
        for (const QString &lang : {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s}) {
            QTest::newRow(qPrintable(lang + u" 1x"_s)) << lang << u"1"_s;
            QTest::newRow(qPrintable(lang + u" 2x"_s)) << lang << u"2"_s;
        }
    }
    void layoutHoldsInEveryLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, scale);
        QTemporaryDir dir;
        const Run r = screenshots(
            {u"--out"_s, dir.path(), u"--lang"_s, lang, u"--scale"_s, scale, u"--check-layout"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.err.contains("clipped"), r.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 16);
        // The window keeps its size: no translation forces it wider.
        const int factor = scale.toInt();
        for (const QString &name : WindowViews)
            QCOMPARE(QImage(QDir(dir.path()).filePath(name)).size(), QSize(1100, 720) * factor);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
