#pragma once

#include "storage/records.h"

#include <QAbstractItemModel>
#include <QList>

namespace Rapporteur::Gui {

// Documents at the top level, each with its submissions below, over value structs the repository
// handed out (no SQL here). setCorpus() replaces everything with a model reset; the model never
// changes otherwise, which is all a read-only browser needs for now.
class CorpusTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusTreeModel)

public:
    enum Column
    {
        NameColumn,        // document: symbol and title; submission: Chinese name or heading
        EnglishNameColumn, // submission: the entity's English name
        LanguagesColumn,   // original languages of a submission, the language of a document
        DateColumn,        // submission date
        ParagraphsColumn,  // paragraph count
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // qint64 database id of the document or submission
        KindRole,              // int(ItemKind)
        SortRole,              // a value to sort the column by (strings, QDate or int)
        EntityCodeRole,        // submission: the entity code ("CHN"), empty when unresolved
    };
    enum class ItemKind
    {
        Document,
        Submission
    };
    Q_ENUM(ItemKind)

    explicit CorpusTreeModel(QObject *parent = nullptr);
    ~CorpusTreeModel() override;

    // Replaces the corpus. Submissions are shown under the document whose symbol they name, in
    // the order given; a submission whose document is not in the list is left out.
    void setCorpus(QList<Storage::DocumentRecord> documents,
                   QList<Storage::SubmissionRecord> submissions);
    void clear();

    int documentCount() const { return static_cast<int>(m_documents.size()); }
    int submissionCount() const;

    ItemKind kind(const QModelIndex &index) const;
    // nullptr when the index is not of that kind.
    const Storage::DocumentRecord *document(const QModelIndex &index) const;
    const Storage::SubmissionRecord *submission(const QModelIndex &index) const;
    const Storage::SubmissionRecord *submissionById(qint64 id) const;
    // Column 0 of the row, or an invalid index.
    QModelIndex indexOfSubmission(qint64 id) const;
    QModelIndex indexOfEntity(const QString &entityCode) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool isOwnIndex(const QModelIndex &index) const;
    QVariant documentData(const Storage::DocumentRecord &doc, int column, int role) const;
    QVariant submissionData(const Storage::SubmissionRecord &sub, int column, int role) const;

    // Internal id of an index: 0 for a document row, (document row + 1) for a submission row.
    QList<Storage::DocumentRecord> m_documents;
    QList<QList<Storage::SubmissionRecord>> m_submissions; // parallel to m_documents
};

} // namespace Rapporteur::Gui
