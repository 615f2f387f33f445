#pragma once

#include "gui/common/columntablemodel.h"
#include "referencesdata.h"

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
class CitationModel final : public ColumnTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<CitationRow> m_rows;
};

} // namespace Rapporteur::Gui
