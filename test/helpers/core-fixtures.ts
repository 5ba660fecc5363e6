/**
 * Typed stand-ins for the @actions/core functions Phoenix uses. Register with
 * `jest.unstable_mockModule('@actions/core', () => core)` before importing the module under test.
 */
import { jest } from '@jest/globals';
import type * as core from '@actions/core';

export const debug = jest.fn<typeof core.debug>();
export const info = jest.fn<typeof core.info>();
export const notice = jest.fn<typeof core.notice>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();
