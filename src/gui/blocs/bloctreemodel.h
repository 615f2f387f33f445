#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace Rapporteur::Gui {

// The k blocs of the clustering as a tree: a row per bloc ("Bloc 1 · 54 states", in the bloc's
// colour), its member states under it with code, Chinese and English name. Blocs and members in
// the order Dendrogram::cutCodes gives them.
class BlocTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocTreeModel)

public:
    enum Column
    {
        Name, // a bloc's title; a member's Chinese name
        Code,
        NameEn,
        ColumnCount
    };
    enum Role
    {
        BlocRole = Qt::UserRole + 1, // int: the bloc (from 0), of a bloc row and of its members
        CodeRole,                    // a member's entity code; empty for a bloc row
        MembersRole,                 // QStringList: a bloc's codes, or the member's own
    };

    explicit BlocTreeModel(QObject *parent = nullptr);
    ~BlocTreeModel() override;

    void setBlocs(const QList<QStringList> &blocs);
    const QList<QStringList> &blocs() const { return m_blocs; }
    QModelIndex blocIndex(int bloc) const;
    // The member's row under its bloc; invalid when the code is in no bloc.
    QModelIndex memberIndex(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        QString code;
        QString nameZh;
        QString nameEn;
    };
    QList<QStringList> m_blocs;
    QList<QList<Member>> m_members;
};

} // namespace Rapporteur::Gui
