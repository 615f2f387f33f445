#include "pairvotesmodel.h"

#include "blocsdata.h"
#include "gui/votes/votetablemodel.h"

#include <QColor>

namespace Rapporteur::Gui {

PairVotesModel::PairVotesModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

PairVotesModel::~PairVotesModel() = default;

void PairVotesModel::setPair(const Blocs::VoteMatrix &matrix,
                             const QList<Storage::VoteRecord> &allVotes, const QString &first,
                             const QString &second, const Blocs::AgreementOptions &options)
{
    const qsizetype a = matrix.indexOf(first);
    const qsizetype b = matrix.indexOf(second);
    beginResetModel();
    m_first = first;
    m_second = second;
    m_rows.clear();
    if (a >= 0 && b >= 0) {
        for (qsizetype v = 0; v < matrix.voteCount(); ++v) {
            Row row;
            row.voteId = matrix.votes[v].id;
            row.title = Blocs::voteKey(matrix.votes[v], allVotes);
            row.subject = matrix.votes[v].subject;
            row.first = matrix.positions[a][v];
            row.second = matrix.positions[b][v];
            row.agreement = Blocs::positionAgreement(row.first, row.second, options);
            m_rows.append(row);
        }
    }
    endResetModel();
}

void PairVotesModel::clear()
{
    beginResetModel();
    m_first.clear();
    m_second.clear();
    m_rows.clear();
    endResetModel();
}

int PairVotesModel::recordCount() const
{
    return int(m_rows.size());
}

QVariant PairVotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool isState = index.column() == First || index.column() == Second;
    const VotePosition position = index.column() == First ? row.first : row.second;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Vote:
            return row.title;
        case First:
        case Second:
            return VoteTableModel::positionLabel(position);
        case Agreement:
            return row.agreement ? QString::number(*row.agreement, 'g', 2) : tr("not compared");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Vote ? QVariant(row.subject) : QVariant();
    case Qt::BackgroundRole:
        return isState ? QVariant(VoteTableModel::positionColour(position)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Agreement ? QVariant(Qt::AlignCenter) : QVariant();
    case PositionRole:
        return isState ? QVariant(int(position)) : QVariant();
    case AgreementRole:
        return row.agreement ? QVariant(*row.agreement) : QVariant();
    case VoteIdRole:
        return row.voteId;
    default:
        return {};
    }
}

QString PairVotesModel::columnTitle(int column) const
{
    switch (column) {
    case Vote:
        return tr("Vote");
    case First:
        return m_first.isEmpty() ? tr("State") : stateNameZh(m_first) + u' ' + m_first;
    case Second:
        return m_second.isEmpty() ? tr("State") : stateNameZh(m_second) + u' ' + m_second;
    case Agreement:
        return tr("Agreement");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
