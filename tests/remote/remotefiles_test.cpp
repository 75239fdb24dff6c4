// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFiles on this computer (LocalHost); sshhost_test.cpp runs the same cases over ssh.
#include "estran/remote/localhost.h"
#include "remotefilescases.h"

namespace {

struct LocalProvider {
    static Estran::Remote::RemoteHost& host()
    {
        static Estran::Remote::LocalHost local;
        return local;
    }
    static QString skipReason() { return {}; }
};

}  // namespace

namespace RemoteFilesCases {
using LocalProviders = ::testing::Types<LocalProvider>;
INSTANTIATE_TYPED_TEST_SUITE_P(LocalHost, RemoteFilesOn, LocalProviders);
}  // namespace RemoteFilesCases
