// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutCheck.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(u"&(?!&)"_s)); // mnemonics
    return t;
}

QString describe(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

QString problem(const QWidget *w, const QString &text, int needs, int has)
{
    return u"%1 “%2” needs %3 px, has %4 px"_s.arg(describe(w), text).arg(needs).arg(has);
}

bool shown(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(root) && w->width() > 0;
}

// A word-wrapped label needs the height its text takes at its width.
void checkWrappedLabel(const QLabel *label, QStringList *out)
{
    const int width = label->contentsRect().width();
    const int needs = label->heightForWidth(label->width());
    if (width > 0 && needs > label->height() + 1)
        out->append(u"%1 “%2” needs %3 px of height, has %4 px"_s.arg(describe(label), label->text().left(60))
                        .arg(needs)
                        .arg(label->height()));
}

// Every shown widget lies inside the window: a dialog smaller than its contents cuts them off at its edge.
void checkInsideRoot(const QWidget *w, const QWidget *root, QStringList *out)
{
    if (w == root || w->isWindow())
        return;
    const QRect inRoot(w->mapTo(root, QPoint(0, 0)), w->size());
    // Children of scroll areas and item views may lie outside: they scroll.
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (p->inherits("QAbstractScrollArea") || p->inherits("QScrollArea"))
            return;
    }
    if (!root->rect().contains(inRoot))
        out->append(u"%1 lies outside the window (%2,%3 %4×%5 in %6×%7)"_s.arg(describe(w))
                        .arg(inRoot.x())
                        .arg(inRoot.y())
                        .arg(inRoot.width())
                        .arg(inRoot.height())
                        .arg(root->width())
                        .arg(root->height()));
}

void checkLabel(const QLabel *label, QStringList *out)
{
    if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
        return;
    if (label->wordWrap())
        return checkWrappedLabel(label, out);
    const QString text = Qt::mightBeRichText(label->text()) ? [&] {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }()
                                                            : plain(label->text());
    const int has = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
    for (const QString &line : text.split(u'\n')) {
        const int needs = label->fontMetrics().horizontalAdvance(line);
        if (needs > has + 1)
            out->append(problem(label, line, needs, has));
    }
}

void checkButton(const QAbstractButton *button, QStringList *out)
{
    if (button->text().isEmpty())
        return;
    // Check boxes and radio buttons only need their text to fit; push buttons their whole hint.
    const int needs = button->sizeHint().width();
    if (needs > button->width() + 1)
        out->append(problem(button, plain(button->text()), needs, button->width()));
}

void checkTabs(const QTabBar *bar, QStringList *out)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const int needs = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i)));
        const int has = bar->tabRect(i).width();
        if (needs > has)
            out->append(problem(bar, plain(bar->tabText(i)), needs, has));
    }
}

// What a header section needs, as the style draws it: its text between the header's margins, and the
// sort indicator beside it where the view sorts by that section.
int headerSectionNeeds(const QHeaderView *header, int section, const QString &text)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = section;
    option.text = text;
    option.fontMetrics = header->fontMetrics();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

void checkHeader(const QHeaderView *header, QStringList *out)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
        const int needs = std::max(headerSectionNeeds(header, i, text),
                                   header->fontMetrics().horizontalAdvance(text) + 8);
        const int has = header->sectionSize(i);
        const bool last = header->visualIndex(i) == header->count() - 1;
        if (needs > has && !(last && header->stretchLastSection()))
            out->append(problem(header, text, needs, has));
    }
}

// Cells whose text is elided: each must carry its whole text in a tooltip, and none may be elided while
// the view leaves width unused that its columns could have had. The rows on screen are checked.
void checkCells(const QAbstractItemView *view, QStringList *out)
{
    const QAbstractItemModel *model = view->model();
    const auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    if (!model || !header)
        return;
    int used = 0;
    for (int c = 0; c < header->count(); ++c)
        used += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    const int unused = view->viewport()->width() - used;
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QFontMetrics metrics(view->font());
    int reported = 0;
    for (int row = 0; row < model->rowCount() && reported < 5; ++row) {
        if (table->isRowHidden(row) || table->rowViewportPosition(row) > view->viewport()->height())
            continue;
        for (int c = 0; c < model->columnCount() && reported < 5; ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QModelIndex index = model->index(row, c);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || text.contains(u'\n'))
                continue;
            const QVariant font = index.data(Qt::FontRole);
            const int needs
                = (font.isValid() ? QFontMetrics(font.value<QFont>()) : metrics).horizontalAdvance(text)
                + margin + (index.data(Qt::DecorationRole).isValid() ? view->iconSize().width() + 4 : 0);
            const int has = header->sectionSize(c);
            if (needs <= has)
                continue;
            if (index.data(Qt::ToolTipRole).toString().isEmpty()) {
                out->append(u"%1 cell “%2” is cut off and has no tooltip (needs %3 px, has %4 px)"_s
                                .arg(describe(view), text.left(60))
                                .arg(needs)
                                .arg(has));
                ++reported;
            } else if (unused > 8) {
                out->append(
                    u"%1 cell “%2” is cut off while the view leaves %3 px unused (needs %4 px, has %5 px)"_s
                        .arg(describe(view), text.left(60))
                        .arg(unused)
                        .arg(needs)
                        .arg(has));
                ++reported;
            }
        }
    }
}

// A table whose columns do not fit its width: the reader scrolls sideways for what the window could show.
void checkTableWidth(const QTableView *view, QStringList *out)
{
    if (view->model() && view->model()->rowCount() > 0 && view->horizontalScrollBar()->maximum() > 0)
        out->append(u"%1 needs horizontal scrolling (%2 px more than its %3 px)"_s.arg(describe(view))
                        .arg(view->horizontalScrollBar()->maximum())
                        .arg(view->viewport()->width()));
}

void checkPlaceholder(const QLineEdit *edit, QStringList *out)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    // QLineEdit keeps a horizontal margin of 2 px on each side inside its contents, its text margins, and
    // room for its side buttons (the clear button, even while it is hidden).
    const QMargins margins = edit->textMargins();
    int sideButtons = 0;
    for (const QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (side->inherits("QLineEditIconButton") || qobject_cast<const QToolButton *>(side))
            sideButtons += side->width() + 4;
    }
    const int has = contents.width() - 4 - margins.left() - margins.right() - sideButtons;
    if (needs > has)
        out->append(problem(edit, edit->placeholderText(), needs, has));
}

} // namespace

QStringList LayoutCheck::clippedTexts(const QWidget *root)
{
    QStringList out;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        if (!shown(w, root))
            continue;
        checkInsideRoot(w, root, &out);
        if (const auto *label = qobject_cast<const QLabel *>(w))
            checkLabel(label, &out);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            checkButton(button, &out);
        else if (const auto *bar = qobject_cast<const QTabBar *>(w))
            checkTabs(bar, &out);
        else if (const auto *header = qobject_cast<const QHeaderView *>(w))
            checkHeader(header, &out);
        else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            checkPlaceholder(edit, &out);
        else if (const auto *table = qobject_cast<const QTableView *>(w)) {
            checkTableWidth(table, &out);
            checkCells(table, &out);
        }
    }
    return out;
}
