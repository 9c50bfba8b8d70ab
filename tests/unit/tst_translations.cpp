// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete: every message of every language has its translation (no unfinished,
// vanished or obsolete one), with the plural forms its language needs, the same placeholders and a
// mnemonic where the source has one; and the compiled files load and translate.
#include "TestEnvironment.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus)
                current.forms.append(xml.readElementText());
            else
                messages.append(current); // forms follow as numerusform elements
            if (!current.numerus)
                messages.append(current);
        } else if (name == "numerusform"_L1) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    auto it = QRegularExpression(u"%(\\d|n)"_s).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    return QRegularExpression(u"&(?!&|amp;|lt;|gt;)\\S"_s).match(text).hasMatch();
}

int pluralForms(const QString &lang)
{
    return lang == "ja"_L1 || lang == "zh_CN"_L1 ? 1 : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : Translations::available()) {
            if (lang != "en"_L1)
                QTest::newRow(qPrintable(lang)) << lang;
        }
    }
    void complete()
    {
        QFETCH(QString, lang);
        QString error;
        const auto messages
            = readTs(TestEnvironment::sourcePath(u"translations/apiaccess_%1.ts"_s.arg(lang)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        int untouched = 0;
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" — "_s + where));
            QCOMPARE(m.forms.size(), m.numerus ? pluralForms(lang) : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(form);
                if (m.numerus) { // a plural form may say "one" instead of %n
                    expected.removeAll(u"%n"_s);
                    actual.removeAll(u"%n"_s);
                }
                QVERIFY2(expected == actual, qPrintable(where + u" → "_s + form));
                QVERIFY2(hasMnemonic(m.source) == hasMnemonic(form), qPrintable(where + u" → "_s + form));
                untouched += form == m.source;
            }
        }
        // Names, examples and the shortcut stay as they are; prose does not.
        QVERIFY2(untouched < messages.size() / 8, qPrintable(QString::number(untouched)));
    }

    void englishPluralsComplete()
    {
        QString error;
        const auto messages = readTs(TestEnvironment::sourcePath(u"translations/apiaccess_en.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            QVERIFY(m.numerus);
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.forms.size(), 2);
            QVERIFY2(!m.forms.first().contains(u"(s)"_s) && !m.forms.last().contains(u"(s)"_s),
                     qPrintable(m.source));
        }
    }

    void compiledTranslationsLoad()
    {
        QVERIFY(Translations::install(u"de"_s));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("ApiKeysPage", "Added %n whitelist entry(ies).", nullptr, 3),
                 u"3 Whitelist-Einträge hinzugefügt."_s);
        QVERIFY(Translations::install(u"ja"_s));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"ファイル(&F)"_s);
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("ApiKeysPage", "Added %n whitelist entry(ies).", nullptr, 1),
                 u"Added 1 whitelist entry."_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
        QVERIFY(!Translations::install(u"xx"_s));
        QCOMPARE(Translations::match(u"de_AT"_s), u"de"_s);
        QCOMPARE(Translations::match(u"zh-Hans"_s), u"zh_CN"_s);
        QCOMPARE(Translations::match(u"zh_TW"_s), QString());
        QCOMPARE(Translations::match(u"C"_s), QString());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
