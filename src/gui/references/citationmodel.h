#pragma once

#include "referencesdata.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rapporteur::Gui {

// One citing paragraph and the words in which it names its target.
struct CitationRow
{
    Analysis::Citation citation;
    CitationExcerpt excerpt;
};

// "Cited by": the paragraphs that cite one target (or one state's that cite one instrument), in
// corpus order, each with its state, document, page, where it names the target and a snippet.
class CitationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationModel)

public:
    enum Column
    {
        State,
        Document,
        Page,
        Where,
        Snippet,
        ColumnCount
    };
    enum Role
    {
        DocumentRole = Qt::UserRole + 1, // symbol of the citing document
        SubmissionIdRole,                // qint64; 0 outside a submission
        ParagraphIdRole,                 // qint64
        EntityCodeRole,                  // empty outside a state's submission
        PlaceRole,                       // Analysis::ReferencePlace as int
        MentionsRole,                    // int
    };

    explicit CitationModel(QObject *parent = nullptr);
    ~CitationModel() override;

    void setRows(const QList<CitationRow> &rows);
    const QList<CitationRow> &rows() const { return m_rows; }

    static QString placeLabel(const CitationRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CitationRow> m_rows;
};

} // namespace Rapporteur::Gui
