#include "memodialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

MemoDialog::MemoDialog(const QString &about, const QString &text, QWidget *parent)
    : QDialog(parent), m_about(new QLabel(about, this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("memoDialog"));
    setWindowTitle(tr("Memo"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("memoText"));
    m_text->setAccessibleName(tr("Memo text"));
    m_text->setPlaceholderText(tr("Your notes. Leave empty to delete the memo."));
    m_text->setPlainText(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(480, 320);
}

MemoDialog::~MemoDialog() = default;

QString MemoDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

std::optional<QString> MemoDialog::edit(QWidget *parent, const QString &about, const QString &text)
{
    MemoDialog dialog(about, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

} // namespace Rapporteur::Gui
