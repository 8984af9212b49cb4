try {} catch (e) {} finally {}
