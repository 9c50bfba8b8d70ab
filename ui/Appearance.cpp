// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

Appearance::Theme current = Appearance::Theme::System;
QString systemStyle;
QPalette systemPalette;

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    // 4.5:1 against the window and the base: disabled text stays readable.
    const QColor disabled(0xa4, 0xa4, 0xa4);
    const QColor highlight(0x2f, 0x6c, 0xc0); // white on it: 5.3:1
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette lightPalette(const QPalette &standard)
{
    QPalette p = standard;
    // Fusion's disabled text (#bebebe on #efefef) is 1.6:1: unreadable.
    const QColor disabled(0x6a, 0x6a, 0x6a);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb3)); // Fusion's #308cc6 under white is 3.7:1
    return p;
}

QPalette paletteOf(Appearance::Theme theme)
{
    if (theme == Appearance::Theme::Dark)
        return darkPalette();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return lightPalette(fusion->standardPalette());
}

// Fusion with check boxes and radio buttons whose edge can be seen (3:1) in both themes; Fusion derives its
// edge from the window colour, which leaves it at about 1.3:1 on a dark base.
class ThemeStyle final : public QProxyStyle
{
public:
    ThemeStyle(QColor edge)
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
        , m_edge(edge)
    { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if (!box && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        painter->setPen(QPen(m_edge, 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRect(r);
        else
            painter->drawEllipse(r);
        painter->restore();
    }

private:
    QColor m_edge;
};

} // namespace

Appearance::Theme Appearance::themeFromName(const QString &name)
{
    if (name.compare("light"_L1, Qt::CaseInsensitive) == 0)
        return Theme::Light;
    if (name.compare("dark"_L1, Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    return Theme::System;
}

QString Appearance::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

void Appearance::applyTheme(Theme theme)
{
    if (systemStyle.isEmpty()) {
        systemStyle = QApplication::style()->name();
        systemPalette = QApplication::palette();
    }
    current = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(new ThemeStyle(controlEdge(theme)));
    QApplication::setPalette(paletteOf(theme));
}

QColor Appearance::controlEdge(Theme theme)
{
    return theme == Theme::Dark ? QColor(0x8a, 0x8d, 0x93) : QColor(0x76, 0x76, 0x76);
}

double Appearance::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Appearance::feedbackColour(Feedback kind, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    const QColor colour = kind == Feedback::Done
        ? (dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29))
        : (dark ? QColor(0xff, 0x94, 0x92) : QColor(0xb3, 0x1d, 0x28));
    return contrastRatio(colour, window) >= 4.5 ? colour : palette.color(QPalette::WindowText);
}

QList<Appearance::ContrastPair> Appearance::contrastPairs(Theme theme)
{
    const QPalette p = paletteOf(theme);
    const QColor window = p.color(QPalette::Window);
    const QColor base = p.color(QPalette::Base);
    const QColor button = p.color(QPalette::Button);
    const QColor edge = controlEdge(theme);
    return {
        {u"text on base"_s, p.color(QPalette::Text), base, 4.5},
        {u"window text on window"_s, p.color(QPalette::WindowText), window, 4.5},
        {u"button text on button"_s, p.color(QPalette::ButtonText), button, 4.5},
        {u"selected text on highlight"_s, p.color(QPalette::HighlightedText), p.color(QPalette::Highlight),
         4.5},
        {u"placeholder on base"_s, p.color(QPalette::PlaceholderText), base, 4.5},
        {u"link on base"_s, p.color(QPalette::Link), base, 4.5},
        {u"tooltip text"_s, p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5},
        {u"disabled window text on window"_s, p.color(QPalette::Disabled, QPalette::WindowText), window, 4.5},
        {u"disabled text on base"_s, p.color(QPalette::Disabled, QPalette::Text), base, 4.5},
        {u"disabled button text on button"_s, p.color(QPalette::Disabled, QPalette::ButtonText),
         p.color(QPalette::Disabled, QPalette::Button), 4.5},
        {u"check box edge on base"_s, edge, base, 3.0},
        {u"check box edge on window"_s, edge, window, 3.0},
        {u"done message on window"_s, feedbackColour(Feedback::Done, p), window, 4.5},
        {u"failure message on window"_s, feedbackColour(Feedback::Failed, p), window, 4.5},
    };
}

Appearance::Theme Appearance::currentTheme()
{
    return current;
}
