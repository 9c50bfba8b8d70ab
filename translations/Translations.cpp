// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QList<QTranslator *> installed;
}

QStringList Translations::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s};
}

QString Translations::nativeName(const QString &code)
{
    if (code == "en"_L1)
        return u"English"_s;
    if (code == "zh_CN"_L1)
        return u"简体中文"_s;
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Translations::match(const QString &requested)
{
    const QString name = QString(requested).replace(u'-', u'_');
    const QStringList codes = available();
    if (codes.contains(name))
        return name;
    const QLocale locale(name);
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QString() : u"zh_CN"_s;
    const QString language = QLocale::languageToCode(locale.language());
    return codes.contains(language) ? language : QString();
}

bool Translations::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    QLocale::setDefault(code == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code));
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(u":/i18n/apiaccess_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(ours);
        installed.append(ours);
    } else {
        delete ours;
        return false;
    }
    if (code == "en"_L1)
        return true;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    return true;
}
