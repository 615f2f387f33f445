#include "concordancemodel.h"

#include <QFont>

#include <QPoint>

namespace Rapporteur::Gui {

namespace {

QString stateName(const QHash<QString, QString> &names, const QString &code)
{
    if (code.isEmpty())
        return ConcordanceModel::tr("(outside submissions)");
    return names.value(code, code);
}

} // namespace

ConcordanceModel::ConcordanceModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

ConcordanceModel::~ConcordanceModel() = default;

void ConcordanceModel::setLines(QList<Search::ConcordanceLine> lines,
                                QHash<QString, QString> entityNames)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_entityNames = std::move(entityNames);
    endResetModel();
}

void ConcordanceModel::sortBy(Search::ConcordanceOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    Search::sortConcordance(m_lines, order);
    // No persistent indexes point into a concordance (its views select whole rows and keep
    // nothing), so there is nothing to move.
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ConcordanceModel::recordCount() const
{
    return static_cast<int>(m_lines.size());
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Search::ConcordanceLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State:
            return stateName(m_entityNames, line.entityCode);
        case Left:
            return line.left;
        case Hit:
            return line.hit;
        case Right:
            return line.right;
        case Document:
            // A line from a footnote says so beside its document.
            return line.footnote < 0
                       ? line.document
                       : tr("%1, footnote %2").arg(line.document, line.footnoteMarker);
        case Page:
            return line.page > 0 ? QVariant(line.page) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Left)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Hit)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == Hit) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        // The state column may be narrower than a long name: the tip names it whole.
        return index.column() == State ? stateName(m_entityNames, line.entityCode)
                                       : line.left + line.hit + line.right;
    case ParagraphIdRole:
        return line.paragraphId;
    case SubmissionIdRole:
        return line.submissionId.value_or(0);
    case DocumentRole:
        return line.document;
    case MarkRole:
        if (line.footnote >= 0)
            return {};
        return QPoint(int(line.offset), int(line.offset + line.hit.toUcs4().size()));
    default:
        return {};
    }
}

QString ConcordanceModel::columnTitle(int column) const
{
    switch (column) {
    case State:
        return tr("State");
    case Left:
        return tr("Left context");
    case Hit:
        return tr("Term");
    case Right:
        return tr("Right context");
    case Document:
        return tr("Document");
    case Page:
        return tr("Page");
    default:
        return {};
    }
}

ConcordanceCountModel::ConcordanceCountModel(QObject *parent) : ColumnTableModel(3, parent) {}

ConcordanceCountModel::~ConcordanceCountModel() = default;

void ConcordanceCountModel::setCounts(QList<Search::ConcordanceCount> counts,
                                      QHash<QString, QString> entityNames)
{
    beginResetModel();
    m_counts = std::move(counts);
    m_entityNames = std::move(entityNames);
    endResetModel();
}

int ConcordanceCountModel::recordCount() const
{
    return static_cast<int>(m_counts.size());
}

QVariant ConcordanceCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Search::ConcordanceCount &count = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return stateName(m_entityNames, count.entityCode);
    case 1:
        return count.occurrences;
    case 2:
        return count.paragraphs;
    default:
        return {};
    }
}

QString ConcordanceCountModel::columnTitle(int column) const
{
    switch (column) {
    case 0:
        return tr("State");
    case 1:
        return tr("Occurrences");
    case 2:
        return tr("Paragraphs");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
