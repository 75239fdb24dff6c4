// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin that says it was built for reader interface 0.9: Estran must refuse it before
// loading it, since the C++ interface may have changed under it.

#include <QObject>
#include <QtPlugin>

namespace OldInterface {

class OldInterfacePlugin final : public QObject {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.estran.Estran.Data.ReaderPlugin/0.9" FILE "oldinterface.json")
};

}  // namespace OldInterface

#include "oldinterfaceplugin.moc"
