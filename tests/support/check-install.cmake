# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install into a throw-away prefix and cpack -G DEB: the files land in the standard places, the
# desktop file and the AppStream metainfo validate, the package holds the same files and its binary
# starts. Run from ctest with BUILD_DIR and WORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(expected
    bin/apiaccess
    bin/apiaccess-emulator
    share/applications/apiaccess.desktop
    share/icons/hicolor/scalable/apps/apiaccess.svg
    share/metainfo/org.example.apiaccess.metainfo.xml)
foreach(lang de en es fr ja zh_CN)
    list(APPEND expected share/apiaccess/translations/apiaccess_${lang}.qm)
endforeach()
foreach(f IN LISTS expected)
    if(NOT EXISTS ${prefix}/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
execute_process(COMMAND ${prefix}/bin/apiaccess --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^apiaccess [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "the installed binary does not start: ${version}")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${prefix}/share/applications/apiaccess.desktop
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR out MATCHES "error")
        message(FATAL_ERROR "desktop-file-validate: ${out}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: skipped")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net
                            ${prefix}/share/metainfo/org.example.apiaccess.metainfo.xml
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate: ${out}")
    endif()
else()
    message(STATUS "appstreamcli not found: skipped")
endif()

# The Debian package.
execute_process(COMMAND cpack -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR}/package
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${out}")
endif()
file(GLOB debs ${WORK_DIR}/package/apiaccess_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Package Depends OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: apiaccess" OR NOT fields MATCHES "libqt6keychain1")
    message(FATAL_ERROR "package control fields: ${fields}")
endif()
set(root ${WORK_DIR}/root)
execute_process(COMMAND dpkg-deb -x ${debs} ${root} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(f IN LISTS expected)
    if(NOT EXISTS ${root}/usr/${f})
        message(FATAL_ERROR "not in the package: usr/${f}")
    endif()
endforeach()
execute_process(COMMAND ${root}/usr/bin/apiaccess --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^apiaccess ")
    message(FATAL_ERROR "the packaged binary does not start: ${version}")
endif()
message(STATUS "installed and packaged: ${debs}")
