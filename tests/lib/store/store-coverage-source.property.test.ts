import { describeCoverageProperty } from './coverage-property';

describeCoverageProperty('the store index (property: any sequence of adds and deletes equals a rebuild)');
