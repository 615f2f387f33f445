#include "statesubmissionsmodel.h"

namespace Rapporteur::Gui {

StateSubmissionsModel::StateSubmissionsModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{
}

StateSubmissionsModel::~StateSubmissionsModel() = default;

void StateSubmissionsModel::setSubmissions(const QList<Storage::SubmissionRecord> &submissions)
{
    beginResetModel();
    m_rows = submissions;
    endResetModel();
}

int StateSubmissionsModel::recordCount() const
{
    return int(m_rows.size());
}

QVariant StateSubmissionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Storage::SubmissionRecord &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State:
            return s.entity ? s.entity->nameZh : s.heading;
        case Document:
            return s.document;
        case Section:
            return s.group.isEmpty() ? s.section : s.group;
        case Paragraphs:
            return s.paragraphCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return s.entity ? tr("%1 (%2): double-click to read the submission")
                              .arg(s.entity->nameEn, s.entity->code)
                        : QVariant();
    case SubmissionIdRole:
        return s.id;
    case CodeRole:
        return s.entity ? s.entity->code : QString();
    default:
        return {};
    }
}

QString StateSubmissionsModel::columnTitle(int column) const
{
    switch (column) {
    case State:
        return tr("State");
    case Document:
        return tr("Document");
    case Section:
        return tr("Section");
    case Paragraphs:
        return tr("Paragraphs");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
