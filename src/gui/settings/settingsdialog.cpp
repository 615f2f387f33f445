#include "settingsdialog.h"

#include "applicationfont.h"
#include "appsettings.h"
#include "translation.h"

#include "coding/codingservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_font(new QFontComboBox(this)), m_size(new QSpinBox(this)),
      m_preview(new QLabel(this)), m_coder(new QLineEdit(this)), m_maxInput(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Each language is named in itself, so that a user who cannot read the current interface
    // still finds their own.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setAccessibleName(tr("When the language changes"));
    m_languageNote->setText(tr("The new language takes effect when Rapporteur is restarted."));
    m_languageNote->setWordWrap(true);

    // An empty family in the settings is the default, Noto Sans CJK SC.
    const QString family = settings.fontFamily();
    m_font->setCurrentFont(QFont(family.isEmpty() ? simplifiedChineseFontFamily() : family));
    m_font->setObjectName(QStringLiteral("fontCombo"));
    m_font->setAccessibleName(tr("Font"));
    m_font->setToolTip(tr("The font of the texts you read: the reader, the side-by-side columns "
                          "and the Versions tab; menus, tables and docks keep the system's. "
                          "Chinese characters it lacks are drawn with %1.")
                           .arg(simplifiedChineseFontFamily()));
    m_size->setRange(0, AppSettings::kMaxFontPointSize);
    m_size->setSpecialValueText(tr("Default"));
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(settings.fontPointSize());
    m_size->setObjectName(QStringLiteral("fontSizeSpin"));
    m_size->setAccessibleName(tr("Font size"));
    m_preview->setObjectName(QStringLiteral("fontPreview"));
    m_preview->setAccessibleName(tr("Font preview"));
    // Characters whose Chinese and Japanese forms differ, so that a wrong font shows at once.
    m_preview->setText(QStringLiteral("联合国大会 · 直骨令 · United Nations 2024"));

    // Recorded with every coding, so that two coders' work can be told apart and compared.
    m_coder->setObjectName(QStringLiteral("coderEdit"));
    m_coder->setAccessibleName(tr("Coder"));
    m_coder->setText(settings.coder());
    m_coder->setPlaceholderText(Coding::defaultCoder());
    m_coder->setToolTip(tr("Your name as a coder: recorded with every coding you make. Empty: "
                           "your login name."));

    // A bound on what a wrong file (a disk image, a device) can cost, far above any UN document.
    m_maxInput->setObjectName(QStringLiteral("maxInputSpin"));
    m_maxInput->setAccessibleName(tr("Largest file to import"));
    m_maxInput->setRange(1, 1'000'000);
    m_maxInput->setSuffix(tr(" MB"));
    m_maxInput->setValue(settings.maxInputMegabytes());
    m_maxInput->setToolTip(tr("Larger files are refused unread when importing."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("Reading &font:"), m_font);
    form->addRow(tr("Reading &size:"), m_size);
    form->addRow(tr("Preview:"), m_preview);
    form->addRow(tr("&Coder:"), m_coder);
    form->addRow(tr("Largest &import:"), m_maxInput);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &SettingsDialog::updatePreview);
    connect(m_size, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    updateLanguageNote();
    updatePreview();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setFontFamily(chosenFamily());
    m_settings.setFontPointSize(m_size->value());
    m_settings.setCoder(m_coder->text());
    m_settings.setMaxInputMegabytes(m_maxInput->value());
    QDialog::accept();
}

void SettingsDialog::updateLanguageNote()
{
    // Only when the choice differs from the language on screen: "System default" on a Chinese
    // system while the interface is Chinese changes nothing.
    const QString chosen = resolvedLanguage(m_language->currentData().toString());
    m_languageNote->setVisible(chosen != currentLanguage());
}

void SettingsDialog::updatePreview()
{
    const QFont base = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    m_preview->setFont(interfaceFont(base, chosenFamily(), m_size->value()));
}

QString SettingsDialog::chosenFamily() const
{
    const QString family = m_font->currentFont().family();
    return family == simplifiedChineseFontFamily() ? QString() : family;
}

} // namespace Rapporteur::Gui
