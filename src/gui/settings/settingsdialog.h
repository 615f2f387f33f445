#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AppSettings;

// File ▸ Settings: the interface language, the font, and the coder's name recorded on codings.
// Shows the values of the settings it is given and writes them back only when accepted. The font
// applies at once (the caller calls applyInterfaceFont after accept); the language at the next
// start, which the dialog says when another one is chosen (see translation.h for why).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes the shown values into the settings and closes.
    void accept() override;

private:
    void updateLanguageNote();
    void updatePreview();
    QString chosenFamily() const;

    AppSettings &m_settings;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QLabel *m_preview;
    QLineEdit *m_coder;
    QSpinBox *m_maxInput;
};

} // namespace Rapporteur::Gui
