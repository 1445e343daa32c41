#include "ui/dialogs/kycdocumentdialog.h"

#include "ui/funding/kyctext.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okpay {

namespace {
bool hasSides(const QString &type)
{
    return type == u"national_id" || type == u"driving_licence" || type == u"residence_permit";
}
} // namespace

KycDocumentDialog::KycDocumentDialog(KycService *kyc, const QStringList &suggestedTypes, QWidget *parent)
    : QDialog(parent), m_kyc(kyc), m_type(new QComboBox(this)), m_side(new QComboBox(this)), m_sideLabel(new QLabel(tr("Side"), this)),
      m_file(new QLineEdit(this)), m_browse(new QPushButton(tr("Browse…"), this)),
      m_fileError(new FieldErrorLabel(QStringLiteral("kycDocumentFileError"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_upload(new QPushButton(tr("Upload"), this))
{
    setObjectName(QStringLiteral("kycDocumentDialog"));
    setWindowTitle(tr("Verify your identity"));
    setMinimumWidth(560);

    // The next level's requirements first, then every other type the API accepts.
    QStringList types = suggestedTypes;
    for (const QString &type : KycService::documentTypes())
        if (!types.contains(type))
            types << type;
    for (const QString &type : std::as_const(types))
        m_type->addItem(KycText::documentType(type), type);
    m_type->setObjectName(QStringLiteral("kycDocumentType"));
    m_type->setAccessibleName(tr("Document type"));
    m_side->addItem(tr("Front"), QStringLiteral("front"));
    m_side->addItem(tr("Back"), QStringLiteral("back"));
    m_side->setObjectName(QStringLiteral("kycDocumentSide"));
    m_side->setAccessibleName(tr("Side of the document"));
    m_file->setObjectName(QStringLiteral("kycDocumentFile"));
    m_file->setAccessibleName(tr("Document file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_browse->setObjectName(QStringLiteral("kycDocumentBrowse"));
    m_browse->setAccessibleName(tr("Choose the document file"));
    m_progress->setObjectName(QStringLiteral("kycDocumentProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setRange(0, 0);  // the API client reports no byte progress: a busy bar
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("kycDocumentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_upload->setObjectName(QStringLiteral("kycDocumentUpload"));
    m_upload->setEnabled(false);
    m_upload->setDefault(true);

    auto *intro = new QLabel(tr("Send a clear photo or scan of your document. Only our compliance team sees it."), this);
    intro->setObjectName(QStringLiteral("kycDocumentIntro"));
    intro->setWordWrap(true);
    auto *rules = new QLabel(tr("PNG, JPEG or PDF, up to 10 MB."), this);
    rules->setObjectName(QStringLiteral("kycDocumentRules"));
    rules->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Document"), m_type);
    form->addRow(m_sideLabel, m_side);
    form->addRow(tr("File"), fileRow);
    form->addRow(QString(), m_fileError);
    form->addRow(QString(), rules);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("kycDocumentClose"));
    buttons->addButton(m_upload, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &KycDocumentDialog::browse);
    connect(m_upload, &QPushButton::clicked, this, &KycDocumentDialog::upload);
    connect(m_type, &QComboBox::currentIndexChanged, this, &KycDocumentDialog::typeChanged);
    connect(m_kyc, &KycService::inspected, this, &KycDocumentDialog::fileChecked);
    connect(m_kyc, &KycService::uploadRejected, this, [this](KycDocumentFile::Check check) {
        if (!m_busy)
            return;
        setBusy(false);
        fileChecked(m_path, check, 0);
        m_status->clear();
    });
    connect(m_kyc, &KycService::uploaded, this, [this](const KycDocument &document) {
        if (!m_busy)
            return;
        setBusy(false);
        m_status->setText(tr("%1 received. Under review: your limits are raised when it is approved.")
                              .arg(KycText::documentType(document.documentType)));
        m_path.clear();
        m_file->clear();
        m_fileOk = false;
        m_upload->setEnabled(false);
        if (m_type->currentIndex() + 1 < m_type->count())
            m_type->setCurrentIndex(m_type->currentIndex() + 1);  // the next document the level needs
        emit uploaded(document);
    });
    connect(m_kyc, &KycService::uploadFailed, this, [this](const QString &message, const QString &code) {
        if (!m_busy)
            return;
        setBusy(false);
        m_status->clear();
        // The API's wording for these is about support attachments; say it for identity documents.
        if (code == u"unsupported_media_type")
            m_fileError->setError(checkMessage(KycDocumentFile::Check::WrongType));
        else if (code == u"payload_too_large")
            m_fileError->setError(checkMessage(KycDocumentFile::Check::TooLarge));
        else
            m_status->setText(tr("The document was not sent. %1").arg(message));
        m_upload->setEnabled(m_fileOk);
    });
    typeChanged();
}

void KycDocumentDialog::typeChanged()
{
    const bool sides = hasSides(m_type->currentData().toString());
    m_side->setVisible(sides);
    m_sideLabel->setVisible(sides);
}

void KycDocumentDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Choose the document"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Documents (*.png *.jpg *.jpeg *.pdf)"));
    picker->setObjectName(QStringLiteral("kycDocumentPicker"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &KycDocumentDialog::setFile);
    picker->open();
}

void KycDocumentDialog::setFile(const QString &path)
{
    if (m_busy)
        return;
    m_path = path;
    m_fileOk = false;
    m_file->setText(QFileInfo(path).fileName());
    m_fileError->setError({});
    m_status->setText(tr("Checking the file…"));
    m_upload->setEnabled(false);
    m_kyc->inspect(path);
}

void KycDocumentDialog::fileChecked(const QString &path, KycDocumentFile::Check check, qint64 size)
{
    if (path != m_path)
        return;  // the user has picked another file since
    m_fileOk = check == KycDocumentFile::Check::Ok;
    m_status->clear();
    m_fileError->setError(checkMessage(check));
    if (m_fileOk)
        m_file->setText(tr("%1 (%2)").arg(QFileInfo(path).fileName(), locale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat)));
    m_upload->setEnabled(m_fileOk && !m_busy);
}

QString KycDocumentDialog::checkMessage(KycDocumentFile::Check check) const
{
    switch (check) {
    case KycDocumentFile::Check::Ok:
        return {};
    case KycDocumentFile::Check::Unreadable:
        return tr("This file cannot be opened. Check that it still exists and that you may read it.");
    case KycDocumentFile::Check::Empty:
        return tr("This file is empty. Choose the photo or scan of your document.");
    case KycDocumentFile::Check::TooLarge:
        return tr("This file is too large: documents can be at most 10 MB. Save a smaller photo or scan.");
    case KycDocumentFile::Check::WrongType:
        return tr("This file is not a PNG or JPEG picture or a PDF, whatever its name says. Choose a photo or scan of your document.");
    }
    return {};
}

void KycDocumentDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_type->setEnabled(!busy);
    m_side->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_upload->setEnabled(!busy && m_fileOk);
}

void KycDocumentDialog::upload()
{
    if (m_busy || !m_fileOk || m_path.isEmpty())
        return;
    setBusy(true);
    m_status->setText(tr("Uploading…"));
    const QString type = m_type->currentData().toString();
    m_kyc->upload(type, hasSides(type) ? m_side->currentData().toString() : QString(), m_path);
}

} // namespace okpay
