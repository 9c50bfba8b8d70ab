// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences are saved by a writer thread: a value reads back at once, the file holds the last value
// set once flushed, and a value set again unchanged is not written.
#include "AppSettings.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QSettings>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString settingsFile()
{
    return QSettings().fileName();
}

QByteArray fileText()
{
    QFile file(settingsFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// QSettings replaces the file on each save: a new inode is a new save.
ino_t inode()
{
    struct stat st = {};
    return ::stat(QFile::encodeName(settingsFile()).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void aValueReadsBackAtOnceAndIsSavedInOrder()
    {
        for (int i = 0; i < 200; ++i) {
            const QString org = u"org%1"_s.arg(i);
            AppSettings::setLastContext(u"prod"_s, {org, u"p%1"_s.arg(i)});
            AppSettings::setLastConnection(u"conn%1"_s.arg(i));
            QCOMPARE(AppSettings::lastContext(u"prod"_s).orgId, org);
            QCOMPARE(AppSettings::lastContext(u"prod"_s).projectId, u"p%1"_s.arg(i));
            QCOMPARE(AppSettings::lastConnection(), u"conn%1"_s.arg(i));
        }
        AppSettings::flush();
        const QByteArray text = fileText();
        QVERIFY2(text.contains("last=conn199"), text.constData());
        QVERIFY2(text.contains("org=org199"), text.constData());
        QVERIFY2(text.contains("project=p199"), text.constData());
        QCOMPARE(AppSettings::lastConnection(), u"conn199"_s);
    }

    void anUnchangedValueIsNotWritten()
    {
        AppSettings::setFullSyncHours(12);
        AppSettings::flush();
        const ino_t before = inode();
        QVERIFY(before != 0);
        AppSettings::setFullSyncHours(12);
        AppSettings::flush(); // a save, had one been started, is done now
        QCOMPARE(inode(), before);
        AppSettings::setFullSyncHours(13);
        AppSettings::flush();
        QVERIFY(inode() != before); // the check above can see a save
        QCOMPARE(AppSettings::fullSyncHours(), 13);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
