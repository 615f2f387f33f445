#include "cohesionmodel.h"

#include "blocsdata.h"
#include "gui/votes/votetablemodel.h"

namespace Rapporteur::Gui {

namespace {

QString shown(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("–");
}

} // namespace

CohesionModel::CohesionModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

CohesionModel::~CohesionModel() = default;

void CohesionModel::setCohesion(const QList<Blocs::GroupCohesion> &rows,
                                const QList<Storage::VoteRecord> &allVotes)
{
    beginResetModel();
    m_rows = rows;
    m_titles.clear();
    for (const Blocs::GroupCohesion &row : rows)
        m_titles.append(voteTitle(row.vote, allVotes));
    endResetModel();
}

int CohesionModel::recordCount() const
{
    return int(m_rows.size());
}

QVariant CohesionModel::value(const Blocs::GroupCohesion &row, int column) const
{
    switch (column) {
    case Yes:
        return row.yes;
    case No:
        return row.no;
    case Abstain:
        return row.abstain;
    case NotVoting:
        return int(row.notVoting.size());
    case MajorityShare:
        return row.majorityShare ? QVariant(*row.majorityShare) : QVariant();
    case AgreementIndex:
        return row.agreementIndex ? QVariant(*row.agreementIndex) : QVariant();
    case Otherwise:
        return int(row.otherwise.size());
    default:
        return {};
    }
}

QVariant CohesionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Blocs::GroupCohesion &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Vote:
            return m_titles[index.row()];
        case Majority: {
            if (row.majority.isEmpty())
                return tr("no member voted");
            QStringList positions;
            for (const VotePosition p : row.majority)
                positions.append(VoteTableModel::positionLabel(p));
            return row.tied() ? tr("tie: %1").arg(positions.join(QStringLiteral(" / ")))
                              : positions.constFirst();
        }
        case MajorityShare:
            return shown(row.majorityShare);
        case AgreementIndex:
            return shown(row.agreementIndex);
        case Otherwise: {
            QStringList codes;
            for (const Blocs::MemberPosition &m : row.otherwise)
                codes.append(m.code);
            return codes.isEmpty() ? QStringLiteral("–") : codes.join(QStringLiteral(", "));
        }
        default:
            return value(row, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == Otherwise && !row.otherwise.isEmpty()) {
            QStringList lines;
            for (const Blocs::MemberPosition &m : row.otherwise)
                lines.append(tr("%1 (%2): %3")
                                 .arg(stateNames(m.code), m.code,
                                      VoteTableModel::positionLabel(m.position)));
            return lines.join(u'\n');
        }
        if (index.column() == NotVoting && !row.notVoting.isEmpty()) {
            QStringList lines;
            for (const QString &code : row.notVoting)
                lines.append(stateTitle(code));
            return lines.join(u'\n');
        }
        if (index.column() == AgreementIndex)
            return tr("Hix, Noury and Roland's index: 1 when all members voted alike, 0 when "
                      "they split evenly between in favour, against and abstaining");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Vote || index.column() == Otherwise ? QVariant()
                                                                     : QVariant(Qt::AlignCenter);
    case ValueRole:
        return value(row, index.column());
    case VoteIdRole:
        return row.vote.id;
    default:
        return {};
    }
}

QString CohesionModel::columnTitle(int column) const
{
    switch (column) {
    case Vote:
        return tr("Vote");
    case Yes:
        return VoteTableModel::positionLabel(VotePosition::Yes);
    case No:
        return VoteTableModel::positionLabel(VotePosition::No);
    case Abstain:
        return VoteTableModel::positionLabel(VotePosition::Abstain);
    case NotVoting:
        return VoteTableModel::positionLabel(VotePosition::NonVoting);
    case Majority:
        return tr("Majority");
    case MajorityShare:
        return tr("With the majority");
    case AgreementIndex:
        return tr("Agreement index");
    case Otherwise:
        return tr("Voted otherwise");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
