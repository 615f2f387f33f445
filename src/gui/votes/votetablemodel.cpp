#include "votetablemodel.h"

#include <QColor>
#include <QHash>

namespace Rapporteur::Gui {

VoteTableModel::VoteTableModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

VoteTableModel::~VoteTableModel() = default;

void VoteTableModel::setVote(const Storage::VoteRecord &vote, const QList<Entity> &entities)
{
    QHash<QString, const Entity *> byCode;
    for (const Entity &e : entities)
        byCode.insert(e.code, &e);
    QHash<QString, VotePosition> intended;
    for (const Storage::VoteNoteRecord &note : vote.notes)
        intended.insert(note.code, note.intended);

    beginResetModel();
    m_vote = vote;
    m_rows.clear();
    auto add = [&](const QString &code, const QString &written, VotePosition position) {
        Row row;
        row.code = code;
        row.position = position;
        if (const Entity *e = byCode.value(code)) {
            row.nameEn = e->nameEn;
            row.nameZh = e->nameZh;
        } else {
            row.nameZh = written;
        }
        if (intended.contains(code) && intended.value(code) != position)
            row.intended = intended.value(code);
        m_rows.append(row);
    };
    for (const auto &e : vote.yes)
        add(e.code, e.written, VotePosition::Yes);
    for (const auto &e : vote.no)
        add(e.code, e.written, VotePosition::No);
    for (const auto &e : vote.abstain)
        add(e.code, e.written, VotePosition::Abstain);
    for (const QString &code : vote.nonVoting)
        add(code, code, VotePosition::NonVoting);
    endResetModel();
}

void VoteTableModel::clear()
{
    beginResetModel();
    m_vote = {};
    m_rows.clear();
    endResetModel();
}

void VoteTableModel::setNamesInChinese(bool chinese)
{
    m_namesInChinese = chinese;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString VoteTableModel::shownName(const Row &row) const
{
    if (m_namesInChinese)
        return row.nameZh.isEmpty() ? row.nameEn : row.nameZh;
    return row.nameEn.isEmpty() ? row.nameZh : row.nameEn;
}

QStringList VoteTableModel::intendedPositions() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        if (row.intended)
            result.append(tr("%1 (%2)").arg(shownName(row), positionLabel(*row.intended)));
    }
    return result;
}

int VoteTableModel::count(VotePosition position) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [&](const Row &r) { return r.position == position; }));
}

int VoteTableModel::recordCount() const
{
    return static_cast<int>(m_rows.size());
}

QString VoteTableModel::positionLabel(VotePosition position)
{
    switch (position) {
    case VotePosition::Yes:
        return tr("In favour");
    case VotePosition::No:
        return tr("Against");
    case VotePosition::Abstain:
        return tr("Abstaining");
    case VotePosition::NonVoting:
        break;
    }
    return tr("Not voting");
}

// Green, red, amber and grey, light enough for black text: readable at a glance, and the
// label says the same for those who cannot tell the colours apart.
QColor VoteTableModel::positionColour(VotePosition position)
{
    switch (position) {
    case VotePosition::Yes:
        return QColor(0xc8, 0xe6, 0xc9);
    case VotePosition::No:
        return QColor(0xff, 0xcd, 0xd2);
    case VotePosition::Abstain:
        return QColor(0xff, 0xe0, 0xb2);
    case VotePosition::NonVoting:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QVariant VoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnglishName:
            return row.nameEn;
        case ChineseName:
            return row.nameZh;
        case Code:
            return row.code;
        case Position:
            // The dagger marks the footnote, as in the report; the tooltip and the Intended
            // column say what it says.
            return row.intended ? positionLabel(row.position) + QStringLiteral(" †")
                                : positionLabel(row.position);
        case Intended:
            return row.intended ? tr("meant: %1").arg(positionLabel(*row.intended)) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case EnglishName:
            return row.nameEn.isEmpty() ? row.nameZh : row.nameEn;
        case ChineseName:
            return row.nameZh;
        case Code:
            return row.code;
        case Position:
        case Intended:
            return static_cast<int>(row.position);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == Position ? QVariant(positionColour(row.position)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == EnglishName || index.column() == ChineseName) {
            // The name column gives way to the others: the whole name, in both languages.
            const QString other = m_namesInChinese ? row.nameEn : row.nameZh;
            return other.isEmpty() || other == shownName(row)
                       ? shownName(row)
                       : QStringLiteral("%1\n%2").arg(shownName(row), other);
        }
        return row.intended ? tr("Recorded as %1; the delegation later said it meant to vote: %2")
                                  .arg(positionLabel(row.position), positionLabel(*row.intended))
                            : QVariant();
    case PositionRole:
        return static_cast<int>(row.position);
    case EntityCodeRole:
        return row.code;
    default:
        return {};
    }
}

QString VoteTableModel::columnTitle(int column) const
{
    switch (column) {
    case EnglishName:
        return m_namesInChinese ? tr("English name") : tr("State");
    case ChineseName:
        return m_namesInChinese ? tr("State") : tr("Chinese name");
    case Code:
        return tr("Code");
    case Position:
        return tr("Position");
    case Intended:
        return tr("Intended");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
