// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>

class QProcess;

namespace TestEnvironment {

// Fixed locale and isolated XDG directories, so a test never reads or writes the person's own settings.
void isolate();

// The source tree, for test data files.
QString sourcePath(const QString &relative);

// A child a test starts ends with the test, even when the test is aborted (QtTest's watchdog, a crash,
// ctest's timeout): the kernel sends it SIGKILL when the test's process dies. Call before start().
void endsWithTest(QProcess &process);

// A figure of this process from /proc/self/status, in kB: "VmRSS:" (resident now), "VmHWM:" (its peak);
// -1 when it cannot be read. For benchmarks.
qint64 residentKb(const char *field);

} // namespace TestEnvironment

// Like QTEST_GUILESS_MAIN / QTEST_MAIN, with TestEnvironment::isolate() first.
#define APIACCESS_GUILESS_TEST_MAIN(TestObject)                                                              \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject tc;                                                                                       \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

#define APIACCESS_GUI_TEST_MAIN(TestObject)                                                                  \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        QApplication app(argc, argv);                                                                        \
        QApplication::setStyle(QStringLiteral("Fusion"));                                                    \
        TestObject tc;                                                                                       \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
