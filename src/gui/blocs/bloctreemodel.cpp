#include "bloctreemodel.h"

#include "agreementscale.h"

#include "referencedata/entityregistry.h"

#include <QColor>

namespace Rapporteur::Gui {

namespace {
// A bloc row's internal id; a member's is its bloc + 1, so that parent() finds the bloc.
constexpr quintptr kBlocRow = 0;
} // namespace

BlocTreeModel::BlocTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

BlocTreeModel::~BlocTreeModel() = default;

void BlocTreeModel::setBlocs(const QList<QStringList> &blocs)
{
    const auto &registry = ReferenceData::EntityRegistry::builtIn();
    beginResetModel();
    m_blocs = blocs;
    m_members.clear();
    for (const QStringList &bloc : blocs) {
        QList<Member> members;
        for (const QString &code : bloc) {
            const auto entity = registry.byCode(code);
            members.append({code, entity ? entity->nameZh : code, entity ? entity->nameEn : code});
        }
        m_members.append(members);
    }
    endResetModel();
}

QModelIndex BlocTreeModel::blocIndex(int bloc) const
{
    return bloc >= 0 && bloc < m_blocs.size() ? index(bloc, 0) : QModelIndex();
}

QModelIndex BlocTreeModel::memberIndex(const QString &code) const
{
    for (int b = 0; b < m_blocs.size(); ++b) {
        const qsizetype row = m_blocs[b].indexOf(code);
        if (row >= 0)
            return index(int(row), 0, blocIndex(b));
    }
    return {};
}

QModelIndex BlocTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBlocRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BlocTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBlocRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kBlocRow);
}

int BlocTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_blocs.size());
    if (parent.internalId() == kBlocRow && parent.column() == 0)
        return int(m_members[parent.row()].size());
    return 0;
}

int BlocTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BlocTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isBloc = index.internalId() == kBlocRow;
    const int bloc = isBloc ? index.row() : int(index.internalId() - 1);
    if (isBloc) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == Name
                       ? tr("Bloc %1 · %n state(s)", "", int(m_blocs[bloc].size())).arg(bloc + 1)
                       : QVariant();
        case Qt::DecorationRole:
            return index.column() == Name ? QVariant(AgreementScale::blocColour(bloc)) : QVariant();
        case BlocRole:
            return bloc;
        case CodeRole:
            return QString();
        case MembersRole:
            return m_blocs[bloc];
        default:
            return {};
        }
    }
    const Member &m = m_members[bloc][index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.nameZh;
        case NameEn:
            return m.nameEn;
        case Code:
            return m.code;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("Double-click for the state's profile");
    case BlocRole:
        return bloc;
    case CodeRole:
        return m.code;
    case MembersRole:
        return QStringList{m.code};
    default:
        return {};
    }
}

QVariant BlocTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Bloc / state");
    case Code:
        return tr("Code");
    case NameEn:
        return tr("English name");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
