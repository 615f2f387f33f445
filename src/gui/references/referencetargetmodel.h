#pragma once

#include "analysis/citedby.h"
#include "gui/common/columntablemodel.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <utility>

namespace Rapporteur::Gui {

// Every cited target of the corpus, one row each in the core's order (documents first, then
// treaties, regimes and organisations, each most cited first): what it is, whether the corpus
// holds it, and how many paragraphs and states cite it.
class ReferenceTargetModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceTargetModel)

public:
    enum Column
    {
        Target,
        Kind,
        InCorpus,
        Paragraphs,
        States,
        NameZh, // the names last: the widest, they take what room is left
        NameEn,
        ColumnCount
    };
    enum Role
    {
        TargetRole = Qt::UserRole + 1, // canonical symbol or instrument id
        TargetKindRole,                // Analysis::TargetKind as int
        InstrumentKindRole,            // ReferenceData::TermKind as int; -1 for a document
        InCorpusRole,                  // bool
        FilterKeysRole,                // target, names, aliases and title, case-folded
    };

    explicit ReferenceTargetModel(QObject *parent = nullptr);
    ~ReferenceTargetModel() override;

    void setTargets(const QList<Analysis::CitedTarget> &targets);
    const QList<Analysis::CitedTarget> &targets() const { return m_targets; }
    // The row of a target, -1 when nothing cites it.
    int rowOf(const QString &target) const;

    static QString kindLabel(const Analysis::CitedTarget &target);
    static QString instrumentKindLabel(ReferenceData::TermKind kind);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Analysis::CitedTarget> m_targets;
    QList<QString> m_filterKeys;
};

// Narrows the targets to a kind and to those a text names: part of a symbol, id, name, alias or
// title, or any citation form of a document ("第 76/234 号决议") or name of an instrument.
class ReferenceTargetFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceTargetFilter)

public:
    enum class Kind
    {
        All,
        Documents,
        DocumentsInCorpus,
        Instruments,
        Treaties,
        Regimes,
        Organisations,
    };

    explicit ReferenceTargetFilter(QObject *parent = nullptr);
    ~ReferenceTargetFilter() override;

    // Every kind, with what a chooser calls it, broadest first.
    static QList<std::pair<Kind, QString>> kindLabels();

    void setKind(Kind kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool kindAccepts(const QModelIndex &index) const;

    Kind m_kind = Kind::All;
    QString m_key;      // the text, case-folded and trimmed
    QString m_resolved; // the target the text names, if it names one
};

} // namespace Rapporteur::Gui
