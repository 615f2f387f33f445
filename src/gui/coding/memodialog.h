#pragma once

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A memo: a few lines of the researcher's own about a coding, a code, a submission or a
// document. Emptying the text deletes the memo.
class MemoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoDialog)

public:
    // about: what the memo is on, shown above the text ("Code 论点/出口管制").
    MemoDialog(const QString &about, const QString &text, QWidget *parent = nullptr);
    ~MemoDialog() override;

    QString text() const;

    // Asks for the memo; the new text when accepted (possibly empty), nothing when cancelled.
    static std::optional<QString> edit(QWidget *parent, const QString &about, const QString &text);

private:
    QLabel *m_about;
    QPlainTextEdit *m_text;
};

} // namespace Rapporteur::Gui
