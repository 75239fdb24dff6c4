// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Each command takes the arguments after its name and returns the process exit code.
// Errors go to stderr as one line, "where: message (detail)".

int runInfoCommand(const QStringList& args);
int runSampleCommand(const QStringList& args);
int runDemoCommand(const QStringList& args);
/// Implemented in rendercommand.cpp (render module); needs a QGuiApplication (offscreen).
int runRenderCommand(const QStringList& args);

/// Catalogue search (searchcommand.cpp) and downloads (getcommand.cpp).
int runSearchCommand(const QStringList& args);
int runGetCommand(const QStringList& args);
/// Subsets and exports (subsetcommand.cpp).
int runSubsetCommand(const QStringList& args);
/// Jobs on profiles (remotecommand.cpp).
int runRemoteCommand(const QStringList& args);
/// Reader plugins: folders, plugins and their state, unusable files (pluginscommand.cpp).
int runPluginsCommand(const QStringList& args);
