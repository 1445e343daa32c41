#pragma once
#include "services/kycservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace okpay {

class FieldErrorLabel;

// Sends one identity document: its type (the next level's requirements first), the side for cards, and a PNG, JPEG
// or PDF file. The file is checked as soon as it is chosen (type from its bytes, not empty, at most 10 MB), so a
// file the server would refuse is never sent; then the upload runs with a busy bar and ends on the review state.
class KycDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    KycDocumentDialog(KycService *kyc, const QStringList &suggestedTypes, QWidget *parent = nullptr);
    // The file to send, as the Browse… button sets it after its file dialog (tests call it directly).
    void setFile(const QString &path);

signals:
    void uploaded(const okpay::KycDocument &document);

private:
    void browse();
    void upload();
    void typeChanged();
    void fileChecked(const QString &path, KycDocumentFile::Check check, qint64 size);
    QString checkMessage(KycDocumentFile::Check check) const;
    void setBusy(bool busy);

    KycService *m_kyc;
    QString m_path;
    bool m_fileOk = false;
    bool m_busy = false;
    QComboBox *m_type;
    QComboBox *m_side;
    QLabel *m_sideLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    FieldErrorLabel *m_fileError;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_upload;
};

} // namespace okpay
