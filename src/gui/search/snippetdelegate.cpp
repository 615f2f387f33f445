#include "snippetdelegate.h"

#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Rapporteur::Gui {

namespace {

constexpr int kMargin = 4;

void layOut(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kMargin);
    doc.setHtml(SnippetDelegate::html(option, index));
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 360);
}

} // namespace

SnippetDelegate::SnippetDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString SnippetDelegate::html(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString provenance = option.state & QStyle::State_Selected
                                   ? option.palette.color(QPalette::HighlightedText).name()
                                   : QStringLiteral("#767676"); // 4.5:1 on white
    return QStringLiteral("<div style=\"color:%1; font-size:small\">%2</div><div>%3</div>")
        .arg(provenance, index.data(SearchResultModel::SourceRole).toString().toHtmlEscaped(),
             index.data(SearchResultModel::SnippetHtmlRole).toString());
}

SnippetDelegate::~SnippetDelegate() = default;

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; the text is drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    layOut(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    layOut(doc, option, index);
    return {static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height())};
}

} // namespace Rapporteur::Gui
