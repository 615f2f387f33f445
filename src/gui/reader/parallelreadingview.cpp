#include "parallelreadingview.h"

#include "gui/common/backgroundread.h"
#include "parallelreadingmodel.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

namespace {

struct ParallelText
{
    QString title;
    QStringList languages;
    QList<Analysis::ParallelRow> rows;
};

Result<ParallelText> readParallelText(Storage::Database &db, const QString &symbol,
                                      qint64 submissionId)
{
    QString language; // of the left column: the submission's version, or the primary one
    QString heading;
    if (submissionId != 0) {
        auto submission = Storage::CorpusRepository(db).submission(submissionId);
        if (!submission)
            return submission.error();
        if (!submission->has_value())
            return Error{ErrorCode::NotFound,
                         ParallelReadingView::tr("This submission is no longer in the corpus."),
                         {}};
        language = (*submission)->documentLanguage;
        heading = (*submission)->entity ? QStringLiteral("%1 %2").arg((*submission)->entity->nameZh,
                                                                      (*submission)->entity->nameEn)
                                        : (*submission)->heading;
    }
    auto pairs = Analysis::alignStoredVersions(db, symbol, language);
    if (!pairs)
        return pairs.error();
    ParallelText out;
    out.languages = {pairs->left.document.language, pairs->right.document.language};
    out.rows = Analysis::parallelRows(*pairs, submissionId);
    out.title = heading.isEmpty() ? symbol : QStringLiteral("%1 — %2").arg(symbol, heading);
    return out;
}

} // namespace

ParallelReadingView::ParallelReadingView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new ParallelReadingModel(this))
{
    setObjectName(QStringLiteral("parallelReading"));
    m_title->setObjectName(QStringLiteral("parallelTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("parallelTable"));
    m_table->setAccessibleName(tr("Two language versions, paragraph by paragraph"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    showNote(tr("Choose a submission of a document imported in two languages, then “Read "
                "Beside Its Other Version” from its menu in the corpus."));
}

ParallelReadingView::~ParallelReadingView()
{
    waitForBackgroundWork(this);
}

void ParallelReadingView::spanSharedParagraphs()
{
    // A paragraph that faces two of the other version (one version splits what the other says
    // in one) stands once, over both rows, rather than twice.
    m_table->clearSpans();
    const QList<Analysis::ParallelRow> &rows = m_model->rows();
    for (int column = 0; column < 2; ++column) {
        const auto idOf = [column](const Analysis::ParallelRow &row) {
            return column == 0 ? row.leftId : row.rightId;
        };
        for (int first = 0; first < rows.size();) {
            int last = first;
            while (last + 1 < rows.size() && idOf(rows[first]) != 0 &&
                   idOf(rows[last + 1]) == idOf(rows[first]))
                ++last;
            if (last > first)
                m_table->setSpan(first, column, last - first + 1, 1);
            first = last + 1;
        }
    }
}

QString ParallelReadingView::title() const
{
    return m_title->text();
}

void ParallelReadingView::showNote(const QString &note)
{
    m_read.drop(); // a read still running is no longer wanted
    m_model->clear();
    m_table->clearSpans();
    m_title->setText(note);
    emit versionsShown();
}

void ParallelReadingView::showVersions(const QString &databasePath, const QString &symbol,
                                       qint64 submissionId)
{
    m_title->setText(tr("Aligning the versions of %1…").arg(symbol));
    m_read.run(
        [databasePath, symbol, submissionId] {
            return readDatabase<ParallelText>(databasePath, [&](Storage::Database &db) {
                return readParallelText(db, symbol, submissionId);
            });
        },
        [this](const BackgroundResult<ParallelText> &read) {
            if (!read.error.isEmpty()) {
                showNote(read.error);
                return;
            }
            m_model->setRows(read.value.languages, read.value.rows);
            spanSharedParagraphs();
            m_title->setText(read.value.title);
            emit versionsShown();
        });
}

} // namespace Rapporteur::Gui
