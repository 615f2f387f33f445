#pragma once

#include "codinganalysisdata.h"
#include "gui/common/columntablemodel.h"

namespace Rapporteur::Gui {

// The paragraphs where two coders differ on one code: document, state, page, which of the two
// applied the code, and how the paragraph begins. Double-clicking one opens it.
class DisagreementModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisagreementModel)

public:
    enum Column
    {
        Document,
        State,
        Page,
        CodedBy,
        Paragraph,
        ColumnCount
    };
    enum Role
    {
        ParagraphIdRole = Qt::UserRole + 1, // qint64
    };

    explicit DisagreementModel(QObject *parent = nullptr);
    ~DisagreementModel() override;

    // The disagreements of one code of the report in `data`; an empty path clears the list.
    void setCode(const AgreementData &data, const QString &codePath);
    QString codePath() const { return m_codePath; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    struct Row
    {
        Coding::Disagreement disagreement;
        AgreementParagraph paragraph;
    };

    QString m_first;
    QString m_second;
    QString m_codePath;
    QList<Row> m_rows;
};

} // namespace Rapporteur::Gui
