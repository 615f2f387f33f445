#pragma once

#include <QStyledItemDelegate>

namespace Rapporteur::Gui {

// Draws a search hit as two lines: where it stands, in grey, then its snippet as rich text with
// the hits highlighted (SearchResultModel's SourceRole and SnippetHtmlRole).
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDelegate)

public:
    explicit SnippetDelegate(QObject *parent = nullptr);
    ~SnippetDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What a hit is drawn from: its provenance line in grey, or in the selection's text colour
    // when the row is selected (grey on the selection's blue could not be read), then its
    // snippet.
    static QString html(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace Rapporteur::Gui
