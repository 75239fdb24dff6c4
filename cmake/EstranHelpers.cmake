# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers that give every module, plugin and test the same shape.

set(ESTRAN_WARNINGS -Wall -Wextra -Wpedantic -Wno-unused-parameter)

# estran_add_module(<name> SOURCES ... [PUBLIC_DEPENDS ...] [PRIVATE_DEPENDS ...] [UI_FREE])
# Creates the shared library Estran::<name> from modules/<name>. Only include/ is exported,
# so another module cannot reach this module's src/. UI_FREE modules fail to configure if
# they link QtWidgets, which keeps the CLI free of widget code.
function(estran_add_module name)
    cmake_parse_arguments(ARG "UI_FREE" "" "SOURCES;PUBLIC_DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    set(target estran_${name})
    add_library(${target} SHARED ${ARG_SOURCES})
    add_library(Estran::${name} ALIAS ${target})
    set_target_properties(${target} PROPERTIES
        AUTOMOC ON
        OUTPUT_NAME estran${name}
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR}
        # Installed next to each other in lib/estran: a module finds the modules it links
        # (geo from render, ...) beside itself; RUNPATH is not inherited from the executable.
        INSTALL_RPATH "$ORIGIN")
    string(TOUPPER ${name} upper)
    include(GenerateExportHeader)
    generate_export_header(${target}
        BASE_NAME ESTRAN_${upper}
        EXPORT_FILE_NAME ${CMAKE_CURRENT_BINARY_DIR}/include/estran/${name}/${name}_export.h)
    target_include_directories(${target}
        PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include ${CMAKE_CURRENT_BINARY_DIR}/include
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
    target_compile_options(${target} PRIVATE ${ESTRAN_WARNINGS})
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS)
    if(ARG_UI_FREE)
        foreach(dep IN LISTS ARG_PUBLIC_DEPENDS ARG_PRIVATE_DEPENDS)
            if(dep MATCHES "Widgets")
                message(FATAL_ERROR "UI-free module ${name} must not link ${dep}")
            endif()
        endforeach()
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/estran NAMELINK_SKIP)
endfunction()

# estran_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [ENV ...])
# One GoogleTest binary; discovered before the test runs so GUI binaries never run at build time.
function(estran_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
    target_compile_options(${name} PRIVATE ${ESTRAN_WARNINGS})
    target_compile_definitions(${name} PRIVATE
        ESTRAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ESTRAN_BINARY_DIR="${PROJECT_BINARY_DIR}"
        ESTRAN_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/../shared/fixtures")
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${ARG_ENV}"
        DISCOVERY_TIMEOUT 60)
endfunction()

# estran_add_plugin(<id> SOURCES ... METADATA <json> [LIBS ...] [OUTPUT_DIRECTORY <dir>] [NO_INSTALL])
# A reader plugin: a MODULE library estran_plugin_<id> (file libestran_<id>.so) built into
# <build>/lib/estran/plugins, the same place relative to the Estran libraries as an install's
# <prefix>/lib/estran/plugins, so tests and the app load the real file. METADATA is the JSON
# file named by Q_PLUGIN_METADATA(... FILE "<name>.json"); its folder is put on the include
# path so a configured copy in the build tree is found (and tracked) by moc. RUNPATH $ORIGIN/..
# finds libestrandata and the other Estran libraries in lib/estran. OUTPUT_DIRECTORY and
# NO_INSTALL are for test plugins that stand for third-party ones.
function(estran_add_plugin id)
    cmake_parse_arguments(ARG "NO_INSTALL" "METADATA;OUTPUT_DIRECTORY" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_METADATA)
        message(FATAL_ERROR "estran_add_plugin(${id}): METADATA <json> is required")
    endif()
    if(NOT ARG_OUTPUT_DIRECTORY)
        set(ARG_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_LIBDIR}/estran/plugins)
    endif()
    set(target estran_plugin_${id})
    add_library(${target} MODULE ${ARG_SOURCES} ${ARG_METADATA})
    set_target_properties(${target} PROPERTIES
        AUTOMOC ON
        OUTPUT_NAME estran_${id}
        LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY}
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        INSTALL_RPATH "$ORIGIN/..")
    if(ARG_NO_INSTALL)
        # Outside lib/estran/plugins: found through the build tree's own RUNPATH instead.
        set_target_properties(${target} PROPERTIES BUILD_WITH_INSTALL_RPATH OFF)
    endif()
    # moc embeds the JSON in the object holding Q_PLUGIN_METADATA, but AUTOMOC's rerun alone did
    # not always recompile it in the same build: make the objects depend on the file.
    foreach(source IN LISTS ARG_SOURCES)
        if(source MATCHES "\\.cpp$")
            set_property(SOURCE ${source} APPEND PROPERTY OBJECT_DEPENDS ${ARG_METADATA})
        endif()
    endforeach()
    get_filename_component(metadata_dir ${ARG_METADATA} DIRECTORY)
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${metadata_dir})
    target_link_libraries(${target} PRIVATE ${ARG_LIBS})
    # A MODULE may keep undefined symbols, which would only fail when a user opens a file;
    # refuse them at link time instead.
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
    target_compile_options(${target} PRIVATE ${ESTRAN_WARNINGS})
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS)
    # A plugin may link only what a UI-free module may: the CLI loads it too.
    foreach(dep IN LISTS ARG_LIBS)
        if(dep MATCHES "Widgets")
            message(FATAL_ERROR "Reader plugin ${id} must not link ${dep}")
        endif()
    endforeach()
    if(NOT ARG_NO_INSTALL)
        install(TARGETS ${target} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/estran/plugins)
        # Shipped plugins are built with the programs (estran_plugins, plugins/CMakeLists.txt):
        # building only the app, as scripts/run-demo.sh does, must not leave GeoTIFF unreadable.
        if(TARGET estran_plugins)
            add_dependencies(estran_plugins ${target})
        endif()
    endif()
endfunction()
