#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace herkomst::ui {

// Preferences: the screen language, applied live (every widget retranslates on LanguageChange).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return mLanguage; }

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *mLanguageLabel;
    QComboBox *mLanguage;
    QLabel *mNote;
    QDialogButtonBox *mButtons;
};

} // namespace herkomst::ui
