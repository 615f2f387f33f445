#include "profilevotemodel.h"

#include "gui/votes/votetablemodel.h"

#include <QColor>
#include <QLocale>

namespace Rapporteur::Gui {

namespace {
// An intended position equal to the recorded one corrects nothing: it is not shown.
std::optional<VotePosition> shownIntention(const Analysis::VotePositionEntry &entry)
{
    if (entry.intended && *entry.intended != entry.position)
        return entry.intended;
    return std::nullopt;
}
} // namespace

ProfileVoteModel::ProfileVoteModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

ProfileVoteModel::~ProfileVoteModel() = default;

void ProfileVoteModel::setEntries(const QList<Analysis::VotePositionEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ProfileVoteModel::recordCount() const
{
    return static_cast<int>(m_entries.size());
}

QVariant ProfileVoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Analysis::VotePositionEntry &entry = m_entries[index.row()];
    const std::optional<VotePosition> intended = shownIntention(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Document:
            return entry.document;
        case Label:
            return entry.label;
        case Subject:
            return entry.subject;
        case Position:
            return VoteTableModel::positionLabel(entry.position);
        case Intended:
            return intended ? tr("meant: %1").arg(VoteTableModel::positionLabel(*intended))
                            : QString();
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == Position ? QVariant(VoteTableModel::positionColour(entry.position))
                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Subject)
            return entry.date.isValid()
                       ? tr("Draft %1, voted on %2")
                             .arg(entry.draft, QLocale().toString(entry.date, QLocale::LongFormat))
                       : tr("Draft %1").arg(entry.draft);
        return intended ? QVariant(tr("Recorded as %1; the delegation later said it meant to "
                                      "vote: %2")
                                       .arg(VoteTableModel::positionLabel(entry.position),
                                            VoteTableModel::positionLabel(*intended)))
                        : QVariant();
    case PositionRole:
        return static_cast<int>(entry.position);
    case VoteIdRole:
        return entry.voteId;
    case DocumentRole:
        return entry.document;
    case LabelRole:
        return entry.label;
    default:
        return {};
    }
}

QString ProfileVoteModel::columnTitle(int column) const
{
    switch (column) {
    case Document:
        return tr("Document");
    case Label:
        return tr("Vote");
    case Subject:
        return tr("Subject");
    case Position:
        return tr("Position");
    case Intended:
        return tr("Intended");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
