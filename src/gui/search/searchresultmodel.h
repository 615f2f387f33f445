#pragma once

#include "search/search.h"

#include <QAbstractListModel>
#include <QHash>

namespace Rapporteur::Gui {

// The hits of one search, best first: where each stands (state, document, page) and its snippet.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role
    {
        SnippetHtmlRole = Qt::UserRole + 1, // the snippet, escaped, hits highlighted
        SourceRole,                         // "荷兰王国 · A/77/96 · p. 27"
        ParagraphIdRole,
        SubmissionIdRole, // 0 outside a submission
        DocumentRole,
        // The first hit in the paragraph's own text as a QPoint (start, end) in code points;
        // none for a hit in a footnote or a table cell, which the reader cannot mark.
        MarkRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    // entityNames: code → Chinese name, for the source line.
    void setHits(QList<Search::SearchHit> hits, QHash<QString, QString> entityNames);
    void clear();
    const Search::SearchHit *hit(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet with its 【…】 marks turned into highlighting, everything else escaped.
    static QString snippetHtml(const QString &snippet);

private:
    QList<Search::SearchHit> m_hits;
    QHash<QString, QString> m_entityNames;
};

} // namespace Rapporteur::Gui
